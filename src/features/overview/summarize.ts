import type { OperatorConfig } from "../../api/contract/operator-config.ts";
import type { ActivityEvent } from "../../api/contract/activity.ts";
import type { Consents } from "../../api/contract/consents.ts";
import type { Preferences } from "../../api/contract/preferences.ts";
import { openRequestStatuses, type PrivacyRequest } from "../../api/contract/requests.ts";

export interface OverviewSummary {
  channelsOn: string[];
  activeConsents: string[];
  openRequests: PrivacyRequest[];
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
    nextDue,
    // Already newest first (the history's own order, which also settles events of one instant).
    latestActivity: activity.slice(0, 3),
  };
}
