import type { ActivityEvent } from "../contract/activity.ts";
import type { Purpose } from "../contract/catalog.ts";
import type { DataItem } from "../contract/data.ts";
import { newId } from "./ids.ts";

const dayMs = 86_400_000;
/** How long a customer has to renew a lapsing consent before the data it covers goes. */
export const renewalGraceDays = 30;

export type RetentionAction = "deleted" | "anonymised" | "renewal_requested";

/**
 * What happens when an item's retention ends. Data kept on consent whose purpose has a consent lifetime is not
 * dropped unannounced: the customer is asked to renew first, once. Transaction records are anonymised (the
 * company keeps totals, not the person); everything else is deleted.
 */
export function retentionActionFor(item: DataItem, purposes: readonly Purpose[]): RetentionAction {
  const lapsingConsent =
    item.legalBasis === "consent" &&
    item.purposeIds.some((id) => purposes.find((purpose) => purpose.id === id)?.consentLifetimeDays !== undefined);
  if (lapsingConsent && !item.retention.renewalRequestedAt) return "renewal_requested";
  return item.family === "behavioural" ? "anonymised" : "deleted";
}

const ended = (item: DataItem, now: Date) =>
  item.retention.endsAt !== null && new Date(item.retention.endsAt).getTime() <= now.getTime();

/** Items whose end is still ahead, soonest first: what the page says will go next, and when. */
export function upcomingRetention(items: readonly DataItem[], now: Date): DataItem[] {
  return items
    .filter((item) => item.retention.endsAt !== null && !ended(item, now))
    .toSorted((a, b) => (a.retention.endsAt ?? "").localeCompare(b.retention.endsAt ?? ""));
}

const historyAction = {
  deleted: "data_deleted",
  anonymised: "data_anonymised",
  renewal_requested: "consent_renewal_requested",
} as const;

export interface RetentionOutcome {
  /** The items that remain, in their order; an item asked to renew has its new end date. */
  next: DataItem[];
  /** Ids of the items that are gone (deleted or anonymised out of the customer's data). */
  removed: string[];
  /** Items changed in place (renewal asked). */
  changed: DataItem[];
  /** One line of history per action, by the system, naming the field and the retention rule in `before`. */
  activity: ActivityEvent[];
  /** Which item each history line is about, for a backend that records only what it could still change. */
  eventItemIds: string[];
}

/**
 * The retention pass for one customer, the same on both backends: every item past its end is acted on, each
 * action recorded in words the history can render ("Deleted: Older orders — 5 years, as our retention policy
 * says"). Pure: the caller persists `removed`, `changed` and `activity`.
 */
export function applyRetention(items: readonly DataItem[], purposes: readonly Purpose[], now: Date): RetentionOutcome {
  const outcome: RetentionOutcome = { next: [], removed: [], changed: [], activity: [], eventItemIds: [] };
  for (const item of items) {
    if (!ended(item, now)) {
      outcome.next.push(item);
      continue;
    }
    const action = retentionActionFor(item, purposes);
    let after: string | null = null;
    if (action === "renewal_requested") {
      const endsAt = new Date(now.getTime() + renewalGraceDays * dayMs).toISOString();
      const renewed: DataItem = {
        ...item,
        retention: { ...item.retention, endsAt, renewalRequestedAt: now.toISOString() },
      };
      outcome.next.push(renewed);
      outcome.changed.push(renewed);
      after = endsAt;
    } else outcome.removed.push(item.id);
    outcome.activity.push({
      id: newId("act"),
      at: now.toISOString(),
      actor: { kind: "system" },
      action: historyAction[action],
      target: `data:${item.field}`,
      before: item.retention.rule,
      after,
    });
    outcome.eventItemIds.push(item.id);
  }
  return outcome;
}
