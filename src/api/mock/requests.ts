import type { z } from "zod/mini";
import { cancelRequest as cancelRequestCommand, noSuchRequest } from "../commands/cancel-request.ts";
import { fileRequest } from "../commands/file-request.ts";
import { idSchema } from "../contract/common.ts";
import type { NewPrivacyRequest, PrivacyRequest } from "../contract/requests.ts";
import { cancelPrivacyRequestSchema, newPrivacyRequestSchema } from "../contract/requests.ts";
import { endpoints } from "../endpoints.ts";
import type { WriteOptions } from "../privacy-api.ts";
import { invalidField } from "../rules/rule-error.ts";
import { storeAppends } from "./activity.ts";
import { authenticate, type MockContext } from "./context.ts";
import { parseInput, parseOutput } from "./errors.ts";
import { idempotent } from "./idempotency.ts";

function checkId(id: string): void {
  if (!idSchema.safeParse(id).success) throw invalidField("id", "is not a valid id");
}

export async function listRequests(ctx: MockContext): Promise<PrivacyRequest[]> {
  const auth = await authenticate(ctx, "listRequests");
  const requests = auth.customer.requests.toSorted((a, b) => b.createdAt.localeCompare(a.createdAt));
  return parseOutput(endpoints.listRequests.response, { requests }).requests;
}

export async function getRequest(ctx: MockContext, id: string): Promise<PrivacyRequest> {
  const auth = await authenticate(ctx, "getRequest");
  checkId(id);
  const request = auth.customer.requests.find((candidate) => candidate.id === id);
  if (!request) throw noSuchRequest();
  return parseOutput(endpoints.getRequest.response, request);
}

export async function createRequest(
  ctx: MockContext,
  raw: NewPrivacyRequest,
  options?: WriteOptions,
): Promise<PrivacyRequest> {
  const auth = await authenticate(ctx, "createRequest");
  const input = parseInput(newPrivacyRequestSchema, raw);
  const result = idempotent(auth, options, { op: "createRequest", input }, () => {
    const outcome = fileRequest(auth.customer.requests, input, {
      ...auth.env,
      jurisdiction: auth.customer.subject.jurisdiction,
      dataItems: auth.customer.dataItems,
    });
    auth.customer.requests.push(outcome.next);
    storeAppends(auth.customer, outcome.appends);
    return outcome.response;
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
    const current = auth.customer.requests.find((candidate) => candidate.id === id);
    const outcome = cancelRequestCommand(current, input, auth.env);
    auth.customer.requests = auth.customer.requests.map((candidate) =>
      candidate.id === id ? outcome.next : candidate,
    );
    storeAppends(auth.customer, outcome.appends);
    return outcome.response;
  });
  ctx.store.write(auth.state);
  return parseOutput(endpoints.cancelRequest.response, result);
}
