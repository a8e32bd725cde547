import type { TFunction } from "i18next";
import type { ActivityEvent } from "../../api/contract/activity.ts";
import type { OperatorConfig } from "../../config/schema.ts";
import type { LocalizedText } from "../../api/contract/common.ts";

export interface EventWords {
  /** What the event was about, in words; null when the action says it all. */
  target: string | null;
  /** "before → after" or just the new value, in words; null when there is nothing to say. */
  change: string | null;
  /** Whether `change` is the customer's own data (an address they corrected), not words of ours. */
  changeIsData: boolean;
}

interface Tools {
  t: TFunction;
  text: (text: LocalizedText | undefined) => string;
  day: (iso: string) => string;
  config: OperatorConfig;
}

const isoDate = /^\d{4}-\d{2}-\d{2}T/;
const catalogValues: Record<string, string> = {
  on: "activity.value.on",
  off: "activity.value.off",
  immediate: "activity.value.immediate",
  daily: "activity.value.daily",
  weekly: "activity.value.weekly",
  monthly: "activity.value.monthly",
  stopped: "activity.value.stopped",
  read_only: "activity.value.read_only",
  act: "activity.value.act",
  granted: "consents.state.granted",
  withdrawn: "consents.state.withdrawn",
  expired: "consents.state.expired",
  never_asked: "consents.state.never_asked",
  received: "requests.status.received",
  verifying: "requests.status.verifying",
  in_progress: "requests.status.in_progress",
  completed: "requests.status.completed",
  rejected: "requests.status.rejected",
  cancelled: "requests.status.cancelled",
};

/**
 * The history stores machine keys ("topic:offers:sms", "on", ISO dates) so it reads in any language; this turns
 * them into the reader's words. Anything it does not recognise is left out rather than shown as a raw key.
 */
export function describeEvent(event: ActivityEvent, { t, text, day, config }: Tools): EventWords {
  const channel = (id: string | undefined) => text(config.channels.find((candidate) => candidate.id === id)?.label);
  const topic = (id: string | undefined) => text(config.topics.find((candidate) => candidate.id === id)?.label);
  const purpose = (id: string | undefined) => text(config.purposes.find((candidate) => candidate.id === id)?.label);
  const [kind, first, second] = event.target.split(":");

  const target = (() => {
    switch (kind) {
      case "channel":
        return channel(first) || null;
      case "topic":
        return topic(first) && channel(second)
          ? t("activity.target.topicOnChannel", { topic: topic(first), channel: channel(second) })
          : null;
      case "frequency":
        return topic(first) ? t("activity.target.frequency", { topic: topic(first) }) : null;
      case "purpose":
        return purpose(first) || null;
      case "data":
        return first ? t(`data.field.${first}`, { defaultValue: "" }) || null : null;
      case "pause":
        return t("activity.target.pause");
      case "marketing":
        return t("activity.target.marketing");
      case "all_sessions":
        return t("activity.target.allSessions");
      default:
        return null;
    }
  })();

  if (kind === "data") {
    const change = event.before && event.after ? `${event.before} → ${event.after}` : null;
    return { target, change, changeIsData: true };
  }
  const word = (value: string | null) => {
    if (value === null) return kind === "pause" ? t("activity.value.notPaused") : null;
    if (isoDate.test(value)) return kind === "pause" ? t("activity.value.until", { date: day(value) }) : day(value);
    const key = catalogValues[value];
    return key ? t(key) : null;
  };
  const after = word(event.after);
  const before = event.before === null && kind !== "pause" ? null : word(event.before);
  const change = after && before ? t("activity.change", { before, after }) : after;
  return { target, change, changeIsData: false };
}
