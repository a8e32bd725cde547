import type { Purpose } from "../contract/catalog.ts";
import type { ConsentChange, ConsentChangeResult } from "../contract/consents.ts";
import { consentMethodOf } from "../rules/activity.ts";
import { consentsView, type ConsentLedger } from "../rules/consent-view.ts";
import { allowedStates, purposeStatuses } from "../rules/consents.ts";
import { invalidField } from "../rules/rule-error.ts";
import { assertVersion } from "../rules/versions.ts";
import { appends, type CommandEnv, type Outcome } from "./command.ts";
import { consentRecordFor } from "./consent-record.ts";

/**
 * A change of mind is a new record, never an edit, with a receipt the customer can quote. The text version must
 * be the purpose's current one: a consent to words the person was not shown is no consent. Consent purposes are
 * given or withdrawn; legitimate-interest purposes are objected to (GDPR Art. 21) or the objection lifted.
 * The answer is the statuses after it and the one record made, so deciding and answering cost the same however
 * long the subject's record is (given the ledger of newest records the server keeps).
 */
export function changeConsent(
  ledger: ConsentLedger,
  input: ConsentChange,
  env: CommandEnv & { purposes: readonly Purpose[] },
): Outcome<ConsentLedger, ConsentChangeResult> {
  const { records } = ledger;
  const purpose = env.purposes.find((candidate) => candidate.id === input.purposeId);
  if (!purpose) throw invalidField("purposeId", `Unknown purpose "${input.purposeId}"`);
  // Cheap while the version matches; a conflict answers with everything the ledger holds.
  if (ledger.version !== input.baseVersion)
    assertVersion(consentsView(env.purposes, ledger, env.now), input.baseVersion);
  const allowed = allowedStates(purpose);
  if (allowed.length === 0)
    throw invalidField("purposeId", `"${purpose.id}" rests on ${purpose.legalBasis}, not on a choice`);
  if (!allowed.includes(input.state))
    throw invalidField("state", `"${purpose.id}" can be ${allowed.join(" or ")}, not ${input.state}`);
  if (input.textVersion !== purpose.textVersion)
    throw invalidField("textVersion", `is not the current text of "${purpose.id}" (${purpose.textVersion})`);
  const { record, event } = consentRecordFor(purpose, records, {
    env,
    state: input.state,
    method: consentMethodOf(env.session),
  });
  const next = { records: [...records, record], version: ledger.version + 1 };
  return {
    next,
    appends: appends({ activity: [event], consentRecords: [record] }),
    response: { version: next.version, purposes: purposeStatuses(env.purposes, next.records, env.now), record },
  };
}
