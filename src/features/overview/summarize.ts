import type { OperatorConfig } from "../../api/contract/operator-config.ts";
import type { ActivityEvent } from "../../api/contract/activity.ts";
import type { Consents } from "../../api/contract/consents.ts";
import type { Preferences } from "../../api/contract/preferences.ts";
import type { PrivacyRequest } from "../../api/contract/requests.ts";
import { openRequestStatuses } from "../../api/contract/request-statuses.ts";
import { isOverdue } from "../../api/rules/due-dates.ts";
import { isPaused } from "../../api/rules/preferences.ts";

export interface OverviewSummary {
  channelsOn: string[];
  activeConsents: string[];
  openRequests: PrivacyRequest[];
  /** Open requests past their legal due day (in the law's zone). */
  overdueRequests: PrivacyRequest[];
  /** Marketing is paused until this moment, or null. */
  pausedUntil: string | null;
  nextDue: string | null;
  latestActivity: ActivityEvent[];
}

/** What the overview shows, computed from the same resources the detail pages use. */
export function summarize(
  config: OperatorConfig,
  preferences: Preferences,
  consents: Consents,
  requests: PrivacyRequest[],
  activity: ActivityEvent[],
  now: Date = new Date(),
): OverviewSummary {
  const openRequests = requests.filter((request) => openRequestStatuses.has(request.status));
  const nextDue = openRequests.map((request) => request.extension?.until ?? request.dueAt).toSorted()[0] ?? null;
  return {
    channelsOn: config.channels
      .filter((channel) => channel.enabled && preferences.channels[channel.id] === true)
      .map((channel) => channel.id),
    activeConsents: consents.purposes
      .filter((purpose) => purpose.status === "granted")
      .map((purpose) => purpose.purposeId),
    openRequests,
    overdueRequests: openRequests.filter((request) => isOverdue(request, now)),
    pausedUntil: isPaused(preferences, now) ? preferences.pausedUntil : null,
    nextDue,
    // Already newest first (the history's own order, which also settles events of one instant).
    latestActivity: activity.slice(0, 3),
  };
}
