import type { Purpose } from "../contract/catalog.ts";
import type { ConsentRecord, GpcOutcome } from "../contract/consents.ts";
import { gpcOptOuts, optOutState } from "../rules/consents.ts";
import { forbidden } from "../rules/rule-error.ts";
import { appends, type CommandEnv, type Outcome } from "./command.ts";
import { consentRecordFor } from "./consent-record.ts";

/**
 * The browser sent a Global Privacy Control signal: every sale-or-share purpose still in use is opted out,
 * recorded with method "gpc" and GPC as the actor (CCPA §7025). What is already honoured is left alone, so the
 * app may send it on every session. A support agent's browser speaks for the agent, not for the customer.
 */
export function applyGpc(
  records: readonly ConsentRecord[],
  env: CommandEnv & { purposes: readonly Purpose[] },
): Outcome<ConsentRecord[], GpcOutcome> {
  if (env.session.actor.kind === "support")
    throw forbidden("A Global Privacy Control signal from a support agent's browser is not the customer's.");
  const next = [...records];
  const changed = gpcOptOuts(env.purposes, records, env.now).map((purpose) => {
    const made = consentRecordFor(purpose, next, {
      env,
      state: optOutState(purpose),
      method: "gpc",
      actor: { kind: "gpc" },
    });
    next.push(made.record);
    return made;
  });
  return {
    next,
    appends: appends({
      activity: changed.map((made) => made.event),
      consentRecords: changed.map((made) => made.record),
    }),
    response: { optedOut: changed.map((made) => made.record.purposeId) },
  };
}
