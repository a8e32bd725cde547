import type { Purpose } from "../contract/catalog.ts";
import type { ConsentChange, ConsentRecord, Consents } from "../contract/consents.ts";
import { consentMethodOf } from "../rules/activity.ts";
import { consentsView } from "../rules/consent-view.ts";
import { purposeStatus } from "../rules/consents.ts";
import { newId } from "../rules/ids.ts";
import { invalidField } from "../rules/rule-error.ts";
import { assertVersion } from "../rules/versions.ts";
import { appends, historyEvent, type CommandEnv, type Outcome } from "./command.ts";

/**
 * A change of mind is a new record, never an edit, with a receipt the customer can quote. The text version must
 * be the purpose's current one: a consent to words the person was not shown is no consent.
 */
export function changeConsent(
  records: readonly ConsentRecord[],
  input: ConsentChange,
  env: CommandEnv & { purposes: readonly Purpose[] },
): Outcome<ConsentRecord[], Consents> {
  const purpose = env.purposes.find((candidate) => candidate.id === input.purposeId);
  if (!purpose) throw invalidField("purposeId", `Unknown purpose "${input.purposeId}"`);
  const before = consentsView(env.purposes, records, env.now);
  assertVersion(before, input.baseVersion);
  if (input.textVersion !== purpose.textVersion)
    throw invalidField("textVersion", `is not the current text of "${purpose.id}" (${purpose.textVersion})`);
  const event = historyEvent(env, {
    action: input.state === "granted" ? "consent_granted" : "consent_withdrawn",
    target: `purpose:${purpose.id}`,
    before: purposeStatus(purpose, records, env.now).status,
    after: input.state,
  });
  const record: ConsentRecord = {
    id: newId("consent"),
    purposeId: purpose.id,
    state: input.state,
    at: event.at,
    method: consentMethodOf(env.session),
    textVersion: input.textVersion,
    actor: event.actor,
    receiptId: newId("rcpt"),
  };
  const next = [...records, record];
  return {
    next,
    appends: appends({ activity: [event], consentRecords: [record] }),
    response: consentsView(env.purposes, next, env.now),
  };
}
