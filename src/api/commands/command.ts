import type { ActivityAction, ActivityEvent } from "../contract/activity.ts";
import type { ConsentRecord } from "../contract/consents.ts";
import type { Session } from "../contract/session.ts";
import { actorOf } from "../rules/activity.ts";
import { newId } from "../rules/ids.ts";

/** Who acts and when: every command gets the same, and history names the actor the same way on both backends. */
export interface CommandEnv {
  now: Date;
  session: Pick<Session, "scope" | "actor">;
}

/** Append-only rows a write adds beside its new state. */
export interface Appends {
  activity: ActivityEvent[];
  consentRecords: ConsentRecord[];
}

/**
 * What a command decided: the resource's next state, the rows to append with it, and the answer. The mock and
 * the server persist exactly this and nothing else; a refusal is a thrown RuleError instead.
 */
export interface Outcome<S, R = S> {
  next: S;
  appends: Appends;
  response: R;
}

export function appends(partial: Partial<Appends>): Appends {
  return { activity: [], consentRecords: [], ...partial };
}

/** One line of the customer's history, stamped with the session's actor. */
export function historyEvent(
  env: CommandEnv,
  event: { action: ActivityAction; target: string; before?: string | null; after?: string | null },
): ActivityEvent {
  return {
    id: newId("act"),
    at: env.now.toISOString(),
    actor: actorOf(env.session),
    action: event.action,
    target: event.target,
    before: event.before ?? null,
    after: event.after ?? null,
  };
}
