/** How long a sign-in link works; the check-inbox page and the email say the same number. */
export const magicLinkMinutes = 15;
export const magicLinkTtlMs = magicLinkMinutes * 60_000;

export interface Limit {
  max: number;
  windowMs: number;
}

/** A person who mistypes or loses a mail or two still gets in; a script mailing someone a hundred links does not. */
export const magicLinksPerAddress: Limit = { max: 5, windowMs: 15 * 60_000 };

/** A fixed window: when the current one started, and whole seconds until it resets (for Retry-After). */
export function fixedWindow(limit: Limit, now: Date): { windowStartMs: number; retryAfter: number } {
  const windowStartMs = Math.floor(now.getTime() / limit.windowMs) * limit.windowMs;
  return { windowStartMs, retryAfter: Math.max(1, Math.ceil((windowStartMs + limit.windowMs - now.getTime()) / 1000)) };
}
