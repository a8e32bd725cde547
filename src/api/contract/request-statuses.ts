/**
 * A request's statuses, without zod: every signed-in page's shell and the overview count open requests before any
 * schema is wanted, so they do not load the contract's schemas for it (decision 0071).
 */
export const requestStatuses = ["received", "verifying", "in_progress", "completed", "rejected", "cancelled"] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** Once the company has started work, stopping it is a matter for them, not a button (issue 8). */
export const cancellableRequestStatuses: ReadonlySet<RequestStatus> = new Set(["received", "verifying"]);

export const openRequestStatuses: ReadonlySet<RequestStatus> = new Set(["received", "verifying", "in_progress"]);
