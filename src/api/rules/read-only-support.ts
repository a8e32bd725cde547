import type { Session } from "../contract/session.ts";

/**
 * An agent looking on a customer's behalf without leave to act: every control shows, disabled, with the reason.
 * A module of its own, without the contract's schemas that the other support rules use: the preferences and
 * consents pages ask it as they first render (decision 0080).
 */
export const isReadOnlySupport = (session: Pick<Session, "actor"> | null | undefined): boolean =>
  session?.actor.kind === "support" && session.actor.mode === "read_only";
