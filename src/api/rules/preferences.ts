import type { Topic } from "../contract/catalog.ts";
import type { ChannelId } from "../contract/common.ts";
import type { PreferenceChange, Preferences } from "../contract/preferences.ts";
import { describePreferenceChange, type ChangeDescription } from "./activity.ts";
import { invalidField } from "./rule-error.ts";
import { wallClockIn } from "./wall-clock.ts";

export interface PreferenceCatalog {
  topics: readonly Topic[];
  channelIds: readonly ChannelId[];
}

/** A new subscriber's state: service topics on, marketing off (no pre-ticked boxes). */
export function initialPreferences(catalog: PreferenceCatalog): Preferences {
  return {
    version: 0,
    channels: Object.fromEntries(catalog.channelIds.map((id) => [id, true])),
    topics: catalog.topics.map((topic) => ({
      topicId: topic.id,
      channels: Object.fromEntries(topic.channels.map((id) => [id, !topic.marketing])),
      ...(topic.frequencies.length > 0 ? { frequency: topic.frequencies[0] } : {}),
    })),
    pausedUntil: null,
    quietHours: null,
    contacts: {},
  };
}

function findTopic(catalog: PreferenceCatalog, topicId: string, index: number): Topic {
  const topic = catalog.topics.find((candidate) => candidate.id === topicId);
  if (!topic) throw invalidField(`changes.${index}.topicId`, `Unknown topic "${topicId}"`);
  return topic;
}

/** Switching a channel on needs a way to reach the person on it; switching off never does. */
function assertReachable(state: Preferences, channelId: ChannelId, on: boolean, index: number): void {
  if (on && state.contacts[channelId] === undefined)
    throw invalidField(`changes.${index}.channelId`, `There is no contact point on file for ${channelId}`);
}

function applyOne(
  state: Preferences,
  change: PreferenceChange,
  catalog: PreferenceCatalog,
  index: number,
  checkContacts: boolean,
): Preferences {
  switch (change.kind) {
    case "channel":
      if (!catalog.channelIds.includes(change.channelId))
        throw invalidField(`changes.${index}.channelId`, `Channel "${change.channelId}" is not offered`);
      if (checkContacts) assertReachable(state, change.channelId, change.on, index);
      return { ...state, channels: { ...state.channels, [change.channelId]: change.on } };
    case "topic": {
      const topic = findTopic(catalog, change.topicId, index);
      if (topic.required)
        throw invalidField(`changes.${index}.topicId`, `"${topic.id}" carries service messages and cannot be switched`);
      if (!topic.channels.includes(change.channelId))
        throw invalidField(`changes.${index}.channelId`, `"${topic.id}" is not sent by ${change.channelId}`);
      if (checkContacts) assertReachable(state, change.channelId, change.subscribed, index);
      return updateTopic(state, topic.id, (pref) => ({
        ...pref,
        channels: { ...pref.channels, [change.channelId]: change.subscribed },
      }));
    }
    case "frequency": {
      const topic = findTopic(catalog, change.topicId, index);
      if (!topic.frequencies.includes(change.frequency))
        throw invalidField(`changes.${index}.frequency`, `"${topic.id}" cannot be sent ${change.frequency}`);
      return updateTopic(state, topic.id, (pref) => ({ ...pref, frequency: change.frequency }));
    }
    case "pause":
      return { ...state, pausedUntil: change.until };
    case "quiet_hours":
      return { ...state, quietHours: change.quietHours };
    case "stop_all_marketing":
      return catalog.topics
        .filter((topic) => topic.marketing && !topic.required)
        .reduce(
          (next, topic) =>
            updateTopic(next, topic.id, (pref) => ({
              ...pref,
              channels: Object.fromEntries(Object.keys(pref.channels).map((id) => [id, false])),
            })),
          state,
        );
  }
}

function updateTopic(
  state: Preferences,
  topicId: string,
  update: (pref: Preferences["topics"][number]) => Preferences["topics"][number],
): Preferences {
  const existing = state.topics.find((pref) => pref.topicId === topicId) ?? { topicId, channels: {} };
  const others = state.topics.filter((pref) => pref.topicId !== topicId);
  return { ...state, topics: [...others, update(existing)].toSorted((a, b) => a.topicId.localeCompare(b.topicId)) };
}

/**
 * Applies every change or none, the version moving on by one, and says how each change reads in the history
 * against the state it was applied to.
 */
export function applyDescribedPreferenceChanges(
  state: Preferences,
  changes: readonly PreferenceChange[],
  catalog: PreferenceCatalog,
  { checkContacts = true }: { checkContacts?: boolean } = {},
): { next: Preferences; descriptions: ChangeDescription[] } {
  const descriptions: ChangeDescription[] = [];
  const applied = changes.reduce((current, change, index) => {
    descriptions.push(describePreferenceChange(current, change));
    return applyOne(current, change, catalog, index, checkContacts);
  }, state);
  return { next: { ...applied, version: state.version + 1 }, descriptions };
}

/**
 * What the state will be once pending changes land, for showing a change the moment it is made. A change the
 * server would refuse is left out here; the server's answer then says why.
 */
export function previewPreferenceChanges(
  state: Preferences,
  changes: readonly PreferenceChange[],
  catalog: PreferenceCatalog,
): Preferences {
  return changes.reduce((current, change, index) => {
    try {
      return applyOne(current, change, catalog, index, true);
    } catch {
      return current;
    }
  }, state);
}

/** Whether the customer has paused everything that is not a service message. */
export function isPaused(state: Preferences, now: Date): boolean {
  return state.pausedUntil !== null && new Date(state.pausedUntil) > now;
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** The wall-clock time at an instant in a time zone, as minutes since midnight. */
function minutesIn(timeZone: string, at: Date): number {
  const { hour, minute } = wallClockIn(timeZone, at);
  return hour * 60 + minute;
}

/** The channels that interrupt: quiet hours hold them back, mail and email wait in the inbox anyway. */
const interruptingChannels: readonly ChannelId[] = ["sms", "whatsapp", "phone_call", "push"];

/**
 * Whether an interrupting channel must hold back now: outside "not before … not after …" in the customer's time
 * zone. A window may run across midnight (not before 22:00, not after 06:00 allows the night only).
 */
export function isQuietTime(state: Preferences, channelId: ChannelId, now: Date): boolean {
  const hours = state.quietHours;
  if (!hours || !interruptingChannels.includes(channelId)) return false;
  const at = minutesIn(hours.timeZone, now);
  const start = minutesOf(hours.notBefore);
  const end = minutesOf(hours.notAfter);
  const allowed = start < end ? at >= start && at < end : at >= start || at < end;
  return !allowed;
}

/** Whether a message of this topic may go out on this channel now. */
export function isDelivered(state: Preferences, topic: Topic, channelId: ChannelId, now: Date): boolean {
  if (topic.required) return topic.channels.includes(channelId);
  if (isPaused(state, now) || isQuietTime(state, channelId, now)) return false;
  const topicPref = state.topics.find((pref) => pref.topicId === topic.id);
  return state.channels[channelId] === true && topicPref?.channels[channelId] === true;
}
