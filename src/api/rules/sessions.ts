import type { Session } from "../contract/session.ts";

export type SessionKind = "customer" | "footer_link" | "support" | "staff";

export interface SessionLifetime {
  /** Ends after this long without a request. */
  idleMs: number;
  /** Ends this long after it started, however active. */
  absoluteMs: number;
}

const minutes = (count: number) => count * 60_000;

/**
 * A magic-link session lives a working day with a half-hour idle limit; a footer link opens preferences only and
 * gets the same; a support view ends after 30 minutes whatever happens, as the design says.
 */
export const sessionLifetimes: Record<SessionKind, SessionLifetime> = {
  customer: { idleMs: minutes(30), absoluteMs: minutes(12 * 60) },
  footer_link: { idleMs: minutes(30), absoluteMs: minutes(12 * 60) },
  support: { idleMs: minutes(30), absoluteMs: minutes(30) },
  // The console itself shows no customer data, so it keeps a signed-in working day like a customer session.
  staff: { idleMs: minutes(30), absoluteMs: minutes(12 * 60) },
};

/** Refreshing last-seen on every request would turn every read into a write; a minute's slack is harmless. */
export const sessionTouchEveryMs = 60_000;

export function sessionKindOf(session: Pick<Session, "scope" | "actor">): SessionKind {
  if (session.actor.kind === "support") return "support";
  if (session.actor.kind === "staff") return "staff";
  return session.scope === "preferences" ? "footer_link" : "customer";
}

/** When a session ends if nothing else happens: the earlier of its idle and absolute limits. */
export function sessionExpiry(lifetime: SessionLifetime, createdAt: string, lastSeenAt: string): Date {
  const absolute = new Date(createdAt).getTime() + lifetime.absoluteMs;
  const idle = new Date(lastSeenAt).getTime() + lifetime.idleMs;
  return new Date(Math.min(absolute, idle));
}

/** Both ends, for `GET /api/session/expiry`: the one that applies now, and the one no activity can move. */
export function sessionEnds(
  lifetime: SessionLifetime,
  createdAt: string,
  lastSeenAt: string,
): { expiresAt: string; absoluteExpiresAt: string } {
  return {
    expiresAt: sessionExpiry(lifetime, createdAt, lastSeenAt).toISOString(),
    absoluteExpiresAt: new Date(new Date(createdAt).getTime() + lifetime.absoluteMs).toISOString(),
  };
}

/**
 * How long before a session ends the page warns (WCAG 2.2.1 asks for at least 20 seconds to respond; two minutes
 * leaves time to finish a sentence first).
 */
export const sessionWarningLeadMs = 2 * 60_000;

export function shouldTouch(lastSeenAt: string, now: Date): boolean {
  return now.getTime() - new Date(lastSeenAt).getTime() >= sessionTouchEveryMs;
}
