import type { EndpointName } from "../endpoints.ts";
import type { PrivacyRequest } from "../contract/requests.ts";
import { openRequestStatuses } from "../contract/request-statuses.ts";
import { RuleError } from "./rule-error.ts";
import type { Limit } from "./sign-in-limits.ts";

/** What a subject's writes are counted against; see decision 0022 for why these numbers. */
export type WriteBucket = "writes" | "requests";

/**
 * Every write appends to the subject's history (and consents to the consent record), so each is counted.
 * A person flipping switches makes a few a minute; a script making thousands an hour is stopped.
 */
export const writeLimits: Record<WriteBucket, Limit> = {
  writes: { max: 100, windowMs: 10 * 60_000 },
  // A privacy request is work for a person at the company and a legal deadline; ten a day is far beyond need.
  requests: { max: 10, windowMs: 24 * 60 * 60_000 },
};

/** The buckets each write counts against, in the order they are counted (the mock and the server alike). */
export const writeBuckets: Partial<Record<EndpointName, readonly WriteBucket[]>> = {
  updatePreferences: ["writes"],
  changeConsent: ["writes"],
  createRequest: ["writes", "requests"],
  cancelRequest: ["writes"],
  sendOptOutFeedback: ["writes"],
};

export const writeLimitMessages: Record<WriteBucket, string> = {
  writes: "Too many changes in a short time. Please wait a moment and try again.",
  requests: "Too many privacy requests were filed today. Please wait and try again.",
};

/** More open requests than this and a new one is refused until one is completed or cancelled. */
export const maxOpenRequests = 20;

/** Refuses one more request while the subject has the most open ones allowed. */
export function assertRoomForRequest(requests: readonly Pick<PrivacyRequest, "status">[]): void {
  const open = requests.filter((request) => openRequestStatuses.has(request.status)).length;
  if (open >= maxOpenRequests)
    throw new RuleError(
      "rate_limited",
      `There are already ${maxOpenRequests} open requests. Cancel one, or wait until one is completed.`,
    );
}
