import type { ActivityEvent } from "../contract/activity.ts";
import type { Appends } from "../commands/command.ts";
import type { SeedCustomer } from "../seed/types.ts";

/** Stores what a command appended, in the order it gave. */
export function storeAppends(customer: SeedCustomer, appends: Appends): void {
  customer.activity.push(...appends.activity);
  customer.consentRecords.push(...appends.consentRecords);
}

export interface Placed {
  event: ActivityEvent;
  /** Where it was appended: the mock's counterpart of the server's `seq`. */
  index: number;
}

/** Whether `a` comes before `b` in the history as shown: later first, and of one instant the later appended. */
export const newerThan = (a: { at: string; index: number }, b: { at: string; index: number }) =>
  a.at === b.at ? a.index > b.index : a.at > b.at;

/** Newest first; events of the same instant keep the order they were appended in, latest first. */
export function newestFirst(events: readonly ActivityEvent[]): Placed[] {
  return events
    .map((event, index) => ({ event, index }))
    .toSorted((a, b) => (newerThan({ at: a.event.at, index: a.index }, { at: b.event.at, index: b.index }) ? -1 : 1));
}
