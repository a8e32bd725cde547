import type { ActivityAction, ActivityEvent } from "../contract/activity.ts";
import type { Purpose } from "../contract/catalog.ts";
import type { Actor } from "../contract/common.ts";
import type { ConsentMethod, ConsentRecord, ConsentState } from "../contract/consents.ts";
import { actorOf } from "../rules/activity.ts";
import { purposeStatus } from "../rules/consents.ts";
import { newId } from "../rules/ids.ts";
import { historyEvent, type CommandEnv } from "./command.ts";

function actionOf(purpose: Purpose, state: ConsentState): ActivityAction {
  if (state === "objected") return "consent_objected";
  if (state === "withdrawn") return "consent_withdrawn";
  return purpose.legalBasis === "legitimate_interest" ? "objection_withdrawn" : "consent_granted";
}

/**
 * One consent record and the history line that tells it: before and after are the purpose's statuses (so a
 * lapsed consent given again reads "expired → granted"), and the words shown are kept with the record.
 */
export function consentRecordFor(
  purpose: Purpose,
  records: readonly ConsentRecord[],
  change: { env: CommandEnv; state: ConsentState; method: ConsentMethod; actor?: Actor },
): { record: ConsentRecord; event: ActivityEvent } {
  const { env, state } = change;
  const before = purposeStatus(purpose, records, env.now).status;
  const record: ConsentRecord = {
    id: newId("consent"),
    purposeId: purpose.id,
    state,
    at: env.now.toISOString(),
    method: change.method,
    textVersion: purpose.textVersion,
    shown: { label: purpose.label, description: purpose.description },
    actor: change.actor ?? actorOf(env.session),
    receiptId: newId("rcpt"),
  };
  const after = purposeStatus(purpose, [...records, record], env.now).status;
  const event = {
    ...historyEvent(env, { action: actionOf(purpose, state), target: `purpose:${purpose.id}`, before, after }),
    actor: record.actor,
  };
  return { record, event };
}
