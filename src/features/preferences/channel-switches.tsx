import { useTranslation } from "../../i18n/use-translation.ts";
import type { ChannelId } from "../../api/contract/common.ts";
import type { Preferences } from "../../api/contract/preferences.ts";
import { useConfig, useLocalizedText } from "../../config/use-config.ts";
import { Switch } from "../../ui/switch.tsx";

/** One master switch per channel: "no WhatsApp at all", whatever the topics say. */
export function ChannelSwitches({
  shown,
  disabled,
  onChange,
}: {
  shown: Preferences;
  disabled: boolean;
  onChange: (channelId: ChannelId, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const channels = useConfig().channels.filter((channel) => channel.enabled);
  return (
    <section aria-labelledby="channels-heading" className="flex flex-col gap-2">
      <h2 id="channels-heading" className="text-lg font-semibold">
        {t("preferences.channels.heading")}
      </h2>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("preferences.channels.hint")}</p>
      <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-700 dark:border-zinc-700 dark:bg-zinc-900">
        {channels.map((channel) => {
          const on = shown.channels[channel.id] === true;
          const contact = shown.contacts[channel.id];
          const costId = `channel-cost-${channel.id}`;
          const contactId = `channel-contact-${channel.id}`;
          return (
            <li key={channel.id} className="flex items-center justify-between gap-4 p-3">
              <div>
                <p className="font-medium">{text(channel.label)}</p>
                <p id={contactId} className="text-sm text-zinc-700 dark:text-zinc-300">
                  {contact === undefined
                    ? t(on ? "preferences.contact.missingWhileOn" : "preferences.contact.missing", {
                        channel: text(channel.label),
                      })
                    : t("preferences.contact.via", {
                        contact: contact === "app" ? t("preferences.contact.app") : contact,
                      })}
                </p>
                {channel.cost && (
                  <p id={costId} className="text-sm text-zinc-700 dark:text-zinc-300">
                    {text(channel.cost)}
                  </p>
                )}
              </div>
              <Switch
                checked={on}
                stateText={{ on: t("preferences.on"), off: t("preferences.off") }}
                disabled={disabled || (!on && contact === undefined)}
                label={t("preferences.channels.switch", { channel: text(channel.label) })}
                describedBy={[contactId, channel.cost ? costId : null].filter(Boolean).join(" ")}
                onCheckedChange={(next) => onChange(channel.id, next)}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
