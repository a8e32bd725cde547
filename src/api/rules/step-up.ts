import type { Session } from "../contract/session.ts";
import { RuleError } from "./rule-error.ts";

/** CCPA §7061: a destructive request needs a sign-in this recent; older sessions ask for a fresh magic link. */
export const freshSignInMs = 10 * 60_000;

export function needsFreshSignIn(session: Pick<Session, "createdAt">, now: Date): boolean {
  return now.getTime() - new Date(session.createdAt).getTime() > freshSignInMs;
}

export function assertFreshSignIn(session: Pick<Session, "createdAt">, now: Date): void {
  if (needsFreshSignIn(session, now))
    throw new RuleError(
      "reauthentication_required",
      "Deleting data needs a sign-in from the last 10 minutes. Ask for a new sign-in link and try again.",
    );
}
