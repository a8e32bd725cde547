import type { ActivityEvent } from "../contract/activity.ts";
import type { Appends } from "../commands/command.ts";
import type { SeedCustomer } from "../seed/types.ts";

/** Stores what a command appended, in the order it gave. */
export function storeAppends(customer: SeedCustomer, appends: Appends): void {
  customer.activity.push(...appends.activity);
  customer.consentRecords.push(...appends.consentRecords);
}

/** Newest first; events of the same instant keep the order they were appended in, latest first. */
export function newestFirst(events: readonly ActivityEvent[]): ActivityEvent[] {
  return events.toReversed().toSorted((a, b) => b.at.localeCompare(a.at));
}
