export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** Stands in for localStorage/sessionStorage when none is given (tests, server-side use): gone with the process. */
export function createMemoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, String(value)),
    removeItem: (key) => void values.delete(key),
  };
}
