import type { Jurisdiction } from "../contract/common.ts";
import { openRequestStatuses, type NewPrivacyRequest, type PrivacyRequest } from "../contract/requests.ts";
import { dueDate } from "./due-dates.ts";
import { conflict } from "./rule-error.ts";

/** A request as filed: received now, due when the subject's law says. */
export function filedRequest(
  id: string,
  input: Required<NewPrivacyRequest>,
  jurisdiction: Jurisdiction,
  now: Date,
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
    version: 0,
  };
}

/** Only an open request can be cancelled; a closed one is a conflict that shows its current state. */
export function cancelledRequest(request: PrivacyRequest, now: Date): PrivacyRequest {
  if (!openRequestStatuses.has(request.status)) throw conflict(request, "Only an open request can be cancelled.");
  return {
    ...request,
    status: "cancelled",
    timeline: [...request.timeline, { at: now.toISOString(), status: "cancelled" }],
    version: request.version + 1,
  };
}
