import { conflict } from "./rule-error.ts";

/** A write based on an outdated version is refused with what is current, so nothing is silently overwritten. */
export function assertVersion<T extends { version: number }>(current: T, baseVersion: number): void {
  if (current.version !== baseVersion) throw conflict(current);
}
