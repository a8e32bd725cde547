import type { ConsentChange, Consents } from "../contract/consents.ts";
import { consentChangeSchema } from "../contract/consents.ts";
import { endpoints } from "../endpoints.ts";
import type { WriteOptions } from "../privacy-api.ts";
import { actorOf, consentMethodOf } from "../rules/activity.ts";
import { consentsView } from "../rules/consent-view.ts";
import { assertVersion } from "../rules/versions.ts";
import { appendEvent } from "./activity.ts";
import { authenticate, type MockContext } from "./context.ts";
import { newId } from "./crypto.ts";
import { parseInput, parseOutput, validationError } from "./errors.ts";
import { idempotent } from "./idempotency.ts";

export async function getConsents(ctx: MockContext): Promise<Consents> {
  const auth = await authenticate(ctx, "getConsents");
  return parseOutput(
    endpoints.getConsents.response,
    consentsView(ctx.config.purposes, auth.customer.consentRecords, auth.now),
  );
}

/** A change of mind is a new record, never an edit, with a receipt the customer can quote. */
export async function changeConsent(ctx: MockContext, raw: ConsentChange, options?: WriteOptions): Promise<Consents> {
  const auth = await authenticate(ctx, "changeConsent");
  const input = parseInput(consentChangeSchema, raw);
  const result = idempotent(auth, options, { op: "changeConsent", input }, () => {
    const { customer, now } = auth;
    if (!ctx.config.purposes.some((purpose) => purpose.id === input.purposeId))
      throw validationError([{ path: "purposeId", message: `Unknown purpose "${input.purposeId}"` }]);
    const before = consentsView(ctx.config.purposes, customer.consentRecords, now);
    assertVersion(before, input.baseVersion);
    const actor = actorOf(auth.session);
    customer.consentRecords.push({
      id: newId("consent"),
      purposeId: input.purposeId,
      state: input.state,
      at: now.toISOString(),
      method: consentMethodOf(auth.session),
      textVersion: input.textVersion,
      actor,
      receiptId: newId("rcpt"),
    });
    appendEvent(customer, {
      at: now,
      actor,
      action: input.state === "granted" ? "consent_granted" : "consent_withdrawn",
      target: `purpose:${input.purposeId}`,
      before: before.purposes.find((status) => status.purposeId === input.purposeId)?.status ?? null,
      after: input.state,
    });
    return consentsView(ctx.config.purposes, customer.consentRecords, now);
  });
  ctx.store.write(auth.state);
  return parseOutput(endpoints.changeConsent.response, result);
}
