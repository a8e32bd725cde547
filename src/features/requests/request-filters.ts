import type { PrivacyRequest, RequestType } from "../../api/contract/requests.ts";
import { openRequestStatuses } from "../../api/contract/request-statuses.ts";

export type StatusFilter = "all" | "open" | "closed";
export interface RequestFilter {
  status: StatusFilter;
  type: RequestType | "all";
}

/** Newest first, narrowed to what the person picked. */
export function filteredRequests(requests: readonly PrivacyRequest[], filter: RequestFilter): PrivacyRequest[] {
  return requests
    .filter((request) => filter.type === "all" || request.type === filter.type)
    .filter((request) => {
      if (filter.status === "all") return true;
      return openRequestStatuses.has(request.status) === (filter.status === "open");
    })
    .toSorted((a, b) => b.createdAt.localeCompare(a.createdAt));
}
