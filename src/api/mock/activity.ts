import type { ActivityAction, ActivityEvent } from "../contract/activity.ts";
import type { Actor } from "../contract/common.ts";
import type { SeedCustomer } from "../seed/types.ts";
import { newId } from "./crypto.ts";

export function appendEvent(
  customer: SeedCustomer,
  event: {
    at: Date;
    actor: Actor;
    action: ActivityAction;
    target: string;
    before?: string | null;
    after?: string | null;
  },
): void {
  customer.activity.push({
    id: newId("act"),
    at: event.at.toISOString(),
    actor: event.actor,
    action: event.action,
    target: event.target,
    before: event.before ?? null,
    after: event.after ?? null,
  });
}

/** Newest first; events of the same instant keep the order they were appended in, latest first. */
export function newestFirst(events: readonly ActivityEvent[]): ActivityEvent[] {
  return events.toReversed().toSorted((a, b) => b.at.localeCompare(a.at));
}
