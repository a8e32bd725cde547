import type { KeyValueStorage } from "./memory-storage.ts";
import { seedState, type MockState } from "./state.ts";

export const storageKey = "candor.mock.v2";

export interface Store {
  /** A fresh copy from storage on every call, so two tabs (or two instances) sharing it see each other's writes. */
  read(): MockState;
  write(state: MockState): void;
  reset(): void;
}

function looksLikeState(value: unknown): value is MockState {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as MockState).version === 2 &&
    Array.isArray((value as MockState).subjects)
  );
}

export function createStore(storage: KeyValueStorage, now: () => Date): Store {
  const write = (state: MockState) => storage.setItem(storageKey, JSON.stringify(state));
  // Read back through JSON like every later call, so no object of the seed is shared between two places.
  const seed = (): MockState => {
    const json = JSON.stringify(seedState(now()));
    storage.setItem(storageKey, json);
    return JSON.parse(json) as MockState;
  };
  return {
    read() {
      const raw = storage.getItem(storageKey);
      if (raw === null) return seed();
      try {
        const parsed: unknown = JSON.parse(raw);
        // Anything unreadable (an older shape, a hand edit) starts over rather than breaking the demo.
        return looksLikeState(parsed) ? parsed : seed();
      } catch {
        return seed();
      }
    },
    write,
    reset() {
      seed();
    },
  };
}
