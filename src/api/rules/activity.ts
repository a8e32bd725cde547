import type { Actor } from "../contract/common.ts";
import type { ConsentMethod } from "../contract/consents.ts";
import type { PreferenceChange, Preferences } from "../contract/preferences.ts";
import type { Session } from "../contract/session.ts";

type SessionLike = Pick<Session, "scope" | "actor">;

/** Who the history names for a change made in this session; support always names the agent and the reason. */
export function actorOf(session: SessionLike): Actor {
  if (session.actor.kind === "support")
    return { kind: "support", agentName: session.actor.agentName, reason: session.actor.reason };
  return session.scope === "preferences" ? { kind: "footer_link" } : { kind: "customer" };
}

export function consentMethodOf(session: SessionLike): ConsentMethod {
  if (session.actor.kind === "support") return "support";
  return session.scope === "preferences" ? "footer_link" : "privacy_center";
}

export interface ChangeDescription {
  target: string;
  before: string | null;
  after: string | null;
}

const onOff = (value: boolean | undefined) => (value ? "on" : "off");
const quietHoursText = (hours: Preferences["quietHours"]) =>
  hours ? `${hours.notBefore}–${hours.notAfter} ${hours.timeZone}` : null;

/**
 * How one preference change reads in the history, against the state it was applied to. Targets are
 * machine keys ("channel:sms", "topic:offers:email", "frequency:newsletter", "pause", "marketing") that the UI translates.
 */
export function describePreferenceChange(state: Preferences, change: PreferenceChange): ChangeDescription {
  switch (change.kind) {
    case "channel":
      return {
        target: `channel:${change.channelId}`,
        before: onOff(state.channels[change.channelId]),
        after: onOff(change.on),
      };
    case "topic": {
      const current = state.topics.find((pref) => pref.topicId === change.topicId)?.channels[change.channelId];
      return {
        target: `topic:${change.topicId}:${change.channelId}`,
        before: onOff(current),
        after: onOff(change.subscribed),
      };
    }
    case "frequency":
      return {
        target: `frequency:${change.topicId}`,
        before: state.topics.find((pref) => pref.topicId === change.topicId)?.frequency ?? null,
        after: change.frequency,
      };
    case "pause":
      return { target: "pause", before: state.pausedUntil, after: change.until };
    case "stop_all_marketing":
      return { target: "marketing", before: null, after: "stopped" };
    case "quiet_hours":
      return {
        target: "quiet_hours",
        before: quietHoursText(state.quietHours),
        after: quietHoursText(change.quietHours),
      };
  }
}
