import type { z } from "zod";
import { idSchema } from "../contract/common.ts";
import type { NewPrivacyRequest, PrivacyRequest } from "../contract/requests.ts";
import { cancelPrivacyRequestSchema, newPrivacyRequestSchema } from "../contract/requests.ts";
import { endpoints } from "../endpoints.ts";
import type { WriteOptions } from "../privacy-api.ts";
import { actorOf } from "../rules/activity.ts";
import { cancelledRequest, fileRequest } from "../rules/requests.ts";
import { assertVersion } from "../rules/versions.ts";
import type { SeedCustomer } from "../seed/types.ts";
import { appendEvent } from "./activity.ts";
import { authenticate, type MockContext } from "./context.ts";
import { newId } from "./crypto.ts";
import { openRequestsRefusal } from "../rules/write-limits.ts";
import { apiError, parseInput, parseOutput, validationError } from "./errors.ts";
import { idempotent } from "./idempotency.ts";

function checkId(id: string): void {
  if (!idSchema.safeParse(id).success) throw validationError([{ path: "id", message: "is not a valid id" }]);
}

/** Another subject's request is as invisible as one that does not exist. */
function findRequest(customer: SeedCustomer, id: string): PrivacyRequest {
  checkId(id);
  const request = customer.requests.find((candidate) => candidate.id === id);
  if (!request) throw apiError("not_found", "There is no such request.");
  return request;
}

export async function listRequests(ctx: MockContext): Promise<PrivacyRequest[]> {
  const auth = await authenticate(ctx, "listRequests");
  const requests = auth.customer.requests.toSorted((a, b) => b.createdAt.localeCompare(a.createdAt));
  return parseOutput(endpoints.listRequests.response, { requests }).requests;
}

export async function getRequest(ctx: MockContext, id: string): Promise<PrivacyRequest> {
  const auth = await authenticate(ctx, "getRequest");
  return parseOutput(endpoints.getRequest.response, findRequest(auth.customer, id));
}

export async function createRequest(
  ctx: MockContext,
  raw: NewPrivacyRequest,
  options?: WriteOptions,
): Promise<PrivacyRequest> {
  const auth = await authenticate(ctx, "createRequest");
  const input = parseInput(newPrivacyRequestSchema, raw);
  const result = idempotent(auth, options, { op: "createRequest", input }, () => {
    const { customer, now } = auth;
    const refusal = openRequestsRefusal(customer.requests);
    if (refusal) throw apiError("rate_limited", refusal);
    const request = fileRequest(newId("req"), input, customer.subject.jurisdiction, now);
    customer.requests.push(request);
    appendEvent(customer, {
      at: now,
      actor: actorOf(auth.session),
      action: "request_created",
      target: `request:${request.id}`,
      after: "received",
    });
    return request;
  });
  ctx.store.write(auth.state);
  return parseOutput(endpoints.createRequest.response, result);
}

export async function cancelRequest(
  ctx: MockContext,
  id: string,
  raw: z.input<typeof cancelPrivacyRequestSchema>,
  options?: WriteOptions,
): Promise<PrivacyRequest> {
  const auth = await authenticate(ctx, "cancelRequest");
  checkId(id);
  const input = parseInput(cancelPrivacyRequestSchema, raw);
  const result = idempotent(auth, options, { op: "cancelRequest", id, input }, () => {
    const request = findRequest(auth.customer, id);
    assertVersion(request, input.baseVersion);
    const next = cancelledRequest(request, auth.now);
    auth.customer.requests = auth.customer.requests.map((candidate) => (candidate.id === id ? next : candidate));
    appendEvent(auth.customer, {
      at: auth.now,
      actor: actorOf(auth.session),
      action: "request_cancelled",
      target: `request:${request.id}`,
      before: request.status,
      after: "cancelled",
    });
    return next;
  });
  ctx.store.write(auth.state);
  return parseOutput(endpoints.cancelRequest.response, result);
}
