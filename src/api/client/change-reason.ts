import { useSyncExternalStore } from "react";
import { ApiError } from "../errors.ts";
import type { PrivacyApi, WriteOptions } from "../privacy-api.ts";

/**
 * Why an acting support agent is making the changes they make now, typed once in the on-behalf banner and sent
 * with every write (the server records it as that change's reason). Kept in memory only: it ends with the tab.
 */
interface ChangeReasonState {
  reason: string;
  /** The last write was refused for want of a (long enough) reason; the banner's field says so. */
  refused: boolean;
}

const initialState: ChangeReasonState = { reason: "", refused: false };
let state = initialState;
const listeners = new Set<() => void>();

function set(next: ChangeReasonState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const setChangeReason = (reason: string) => set({ reason, refused: false });
export const clearChangeReason = () => set({ reason: "", refused: false });

export function useChangeReason(): ChangeReasonState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
    // Nothing is typed before the page is in the browser: the server renders the empty reason.
    () => initialState,
  );
}

const refusedForReason = (error: unknown) =>
  error instanceof ApiError && error.code === "validation" && error.fields.some((field) => field.path === "reason");

const withReason = (options?: WriteOptions): WriteOptions =>
  state.reason.trim() ? { ...options, reason: state.reason.trim() } : { ...options };

async function watch<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (refusedForReason(error)) set({ ...state, refused: true });
    throw error;
  }
}

/** Every write carries the current reason, whichever feature makes it, so no feature has to know about support. */
export function withChangeReason(api: PrivacyApi): PrivacyApi {
  return {
    ...api,
    updatePreferences: (input, options) => watch(api.updatePreferences(input, withReason(options))),
    sendOptOutFeedback: (input, options) => watch(api.sendOptOutFeedback(input, withReason(options))),
    changeConsent: (input, options) => watch(api.changeConsent(input, withReason(options))),
    createRequest: (input, options) => watch(api.createRequest(input, withReason(options))),
    cancelRequest: (id, input, options) => watch(api.cancelRequest(id, input, withReason(options))),
  };
}
