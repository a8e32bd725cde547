import { useTranslation } from "../../i18n/use-translation.ts";
import type { Topic } from "../../api/contract/catalog.ts";
import type { ChannelId } from "../../api/contract/common.ts";
import type { Frequency } from "../../api/contract/catalog.ts";
import type { Preferences } from "../../api/contract/preferences.ts";
import { useConfig, useLocalizedText } from "../../config/use-config.ts";
import { SelectField } from "../../ui/select-field.tsx";
import { StatusBadge } from "../../ui/status-badge.tsx";
import { Switch } from "../../ui/switch.tsx";

/**
 * A topic, who sends it, why and how often, and one switch per channel it goes out on. Where the topic is on
 * but its channel is off (or everything is paused), the card says that nothing is sent, rather than looking on.
 */
export function TopicCard({
  topic,
  shown,
  paused,
  disabled,
  highlighted = false,
  onChange,
  onFrequency,
}: {
  topic: Topic;
  /** The topic the email footer link that opened this page was about. */
  highlighted?: boolean;
  shown: Preferences;
  paused: boolean;
  disabled: boolean;
  onChange: (channelId: ChannelId, subscribed: boolean) => void;
  onFrequency: (frequency: Frequency) => void;
}) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const channels = useConfig().channels.filter((channel) => channel.enabled && topic.channels.includes(channel.id));
  const pref = shown.topics.find((candidate) => candidate.topicId === topic.id);
  const lockedId = `topic-locked-${topic.id}`;
  return (
    <li
      className={`rounded-lg bg-white p-4 dark:bg-zinc-900 ${highlighted ? "border-2 border-blue-700 dark:border-blue-300" : "border border-zinc-200 dark:border-zinc-700"}`}
    >
      <h3 className="text-lg font-semibold">{text(topic.label)}</h3>
      <p>{text(topic.description)}</p>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {t("preferences.from", { sender: topic.sender })} · {text(topic.frequency)}
      </p>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("preferences.why", { why: text(topic.purpose) })}</p>
      {topic.example && (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {t("preferences.example", { example: text(topic.example) })}
        </p>
      )}
      {topic.required && (
        <p id={lockedId} className="mt-1 text-sm font-medium">
          {t("preferences.required")}
        </p>
      )}
      <ul className="mt-3 flex flex-col gap-2">
        {channels.map((channel) => {
          const subscribed = topic.required || pref?.channels[channel.id] === true;
          const channelOff = shown.channels[channel.id] !== true;
          const noteId = `topic-note-${topic.id}-${channel.id}`;
          const unreachable = shown.contacts[channel.id] === undefined;
          const note = topic.required
            ? null
            : !subscribed && unreachable
              ? t("preferences.contact.missing", { channel: text(channel.label) })
              : subscribed && channelOff
                ? t("preferences.topic.channelOff", { channel: text(channel.label) })
                : subscribed && paused
                  ? t("preferences.topic.paused")
                  : null;
          return (
            <li key={channel.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
              <span>{text(channel.label)}</span>
              <Switch
                checked={subscribed}
                stateText={{ on: t("preferences.on"), off: t("preferences.off") }}
                disabled={disabled || topic.required || (!subscribed && unreachable)}
                label={t("preferences.topic.switch", { topic: text(topic.label), channel: text(channel.label) })}
                describedBy={topic.required ? lockedId : note ? noteId : undefined}
                onCheckedChange={(next) => onChange(channel.id, next)}
              />
              {note && (
                <p
                  id={noteId}
                  className="flex w-full flex-wrap items-center gap-2 text-sm text-amber-900 dark:text-amber-200"
                >
                  {subscribed && !channelOff && paused && (
                    <StatusBadge status="paused" label={t("preferences.topic.pausedBadge")} />
                  )}
                  <span>{note}</span>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {topic.frequencies.length > 1 && (
        <div className="mt-3 max-w-xs">
          <SelectField
            label={t("preferences.frequency.label", { topic: text(topic.label) })}
            value={pref?.frequency ?? topic.frequencies[0]}
            disabled={disabled}
            onChange={(event) => onFrequency(event.target.value as Frequency)}
            options={topic.frequencies.map((value) => ({ value, label: t(`preferences.frequency.${value}`) }))}
          />
        </div>
      )}
    </li>
  );
}
