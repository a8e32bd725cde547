import type { Jurisdiction } from "../contract/common.ts";
import type { Correction } from "../contract/corrections.ts";
import type { NewPrivacyRequest, PrivacyRequest } from "../contract/requests.ts";
import { cancellableRequestStatuses } from "../contract/request-statuses.ts";
import { dueDate } from "./due-dates.ts";
import { conflict } from "./rule-error.ts";

/** A request as filed: received now, due when the subject's law says. */
export function filedRequest(
  id: string,
  input: Required<Omit<NewPrivacyRequest, "correction">>,
  jurisdiction: Jurisdiction,
  now: Date,
  correction?: Correction,
): PrivacyRequest {
  const at = now.toISOString();
  return {
    id,
    type: input.type,
    scope: input.scope,
    details: input.details,
    status: "received",
    createdAt: at,
    dueAt: dueDate(jurisdiction, input.type, now).toISOString(),
    extension: null,
    timeline: [{ at, status: "received" }],
    ...(correction ? { correction } : {}),
    version: 0,
  };
}

/**
 * Only a request the company has not started on can be cancelled; one in progress or closed is a conflict that
 * shows its current state.
 */
export function cancelledRequest(request: PrivacyRequest, now: Date): PrivacyRequest {
  if (!cancellableRequestStatuses.has(request.status))
    throw conflict(request, "Only a request that is not yet in progress can be cancelled.");
  return {
    ...request,
    status: "cancelled",
    timeline: [...request.timeline, { at: now.toISOString(), status: "cancelled" }],
    version: request.version + 1,
  };
}
