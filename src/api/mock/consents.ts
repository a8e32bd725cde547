import { applyGpc as applyGpcCommand } from "../commands/apply-gpc.ts";
import { changeConsent as changeConsentCommand } from "../commands/change-consent.ts";
import type { ConsentChange, ConsentChangeResult, Consents, GpcOutcome } from "../contract/consents.ts";
import { consentChangeSchema } from "../contract/consents.ts";
import { endpoints } from "../endpoints.ts";
import type { WriteOptions } from "../privacy-api.ts";
import { consentsView, ledgerOf } from "../rules/consent-view.ts";
import { storeAppends } from "./activity.ts";
import { authenticate, type MockContext } from "./context.ts";
import { parseInput, parseOutput } from "./errors.ts";
import { idempotent } from "./idempotency.ts";

export async function getConsents(ctx: MockContext): Promise<Consents> {
  const auth = await authenticate(ctx, "getConsents");
  return parseOutput(
    endpoints.getConsents.response,
    consentsView(ctx.config.purposes, auth.customer.consentRecords, auth.now),
  );
}

export async function changeConsent(
  ctx: MockContext,
  raw: ConsentChange,
  options?: WriteOptions,
): Promise<ConsentChangeResult> {
  const auth = await authenticate(ctx, "changeConsent");
  const input = parseInput(consentChangeSchema, raw);
  const result = idempotent(auth, options, { op: "changeConsent", input }, () => {
    const outcome = changeConsentCommand(ledgerOf(auth.customer.consentRecords), input, {
      ...auth.env,
      purposes: ctx.config.purposes,
    });
    storeAppends(auth.customer, outcome.appends);
    return outcome.response;
  });
  ctx.store.write(auth.state);
  return parseOutput(endpoints.changeConsent.response, result);
}

export async function applyGpc(ctx: MockContext, options?: WriteOptions): Promise<GpcOutcome> {
  const auth = await authenticate(ctx, "applyGpc");
  const result = idempotent(auth, options, { op: "applyGpc" }, () => {
    const outcome = applyGpcCommand(auth.customer.consentRecords, { ...auth.env, purposes: ctx.config.purposes });
    storeAppends(auth.customer, outcome.appends);
    return outcome.response;
  });
  ctx.store.write(auth.state);
  return parseOutput(endpoints.applyGpc.response, result);
}
