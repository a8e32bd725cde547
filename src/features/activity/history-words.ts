import type { Translate } from "../../i18n/translate.ts";
import type { ActivityEvent } from "../../api/contract/activity.ts";
import type { LocalizedText } from "../../api/contract/common.ts";
import type { OperatorConfig } from "../../api/contract/operator-config.ts";

interface Words {
  t: Translate;
  text: (value: LocalizedText | undefined) => string;
  config: OperatorConfig;
  day: (iso: string) => string;
}

const channelName = ({ config, text }: Words, id: string | undefined) =>
  text(config.channels.find((channel) => channel.id === id)?.label) || (id ?? "");
const topicName = ({ config, text }: Words, id: string | undefined) =>
  text(config.topics.find((topic) => topic.id === id)?.label) || (id ?? "");
const purposeName = ({ config, text }: Words, id: string | undefined) =>
  text(config.purposes.find((purpose) => purpose.id === id)?.label) || (id ?? "");

/**
 * What a history line is about, in the reader's words: targets are machine keys ("topic:offers:email") that
 * only ever reach the screen through the config's labels and the catalog.
 */
export function targetWords(event: ActivityEvent, words: Words): string {
  const [kind, first, second] = event.target.split(":");
  const { t } = words;
  switch (kind) {
    case "channel":
      return t("activity.target.channel", { channel: channelName(words, first) });
    case "topic":
      return t("activity.target.topic", { topic: topicName(words, first), channel: channelName(words, second) });
    case "frequency":
      return t("activity.target.frequency", { topic: topicName(words, first) });
    case "purpose":
      return purposeName(words, first);
    case "request":
      return t("activity.target.request");
    default:
      return t([`activity.target.${kind}`, "activity.target.other"]);
  }
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T/;

/** A before or after value in words: on/off, a consent state, a frequency, a date, or as recorded. */
export function valueWords(value: string | null, words: Words): string {
  const { t } = words;
  if (value === null) return t("activity.value.none");
  if (isoInstant.test(value)) return words.day(value);
  return t([`activity.value.${value}`, `preferences.frequency.${value}`, `consents.state.${value}`], {
    defaultValue: value,
  });
}
