import { magicLinkTtlMs } from "../rules/sign-in-limits.ts";

/**
 * A signed-in person who asked for a fresh link (a deletion's step-up) may sign in again with it; anyone else
 * reopening a link while signed in is told they already are. The email usually opens in another tab, so the
 * intent lives in this browser's storage, for as long as the link does. It says nothing about anyone.
 */
const key = "candor.stepUpUntil";

export function rememberStepUp(now = Date.now()): void {
  localStorage.setItem(key, String(now + magicLinkTtlMs));
}

export function isSteppingUp(now = Date.now()): boolean {
  return Number(localStorage.getItem(key) ?? 0) > now;
}

export function forgetStepUp(): void {
  localStorage.removeItem(key);
}
