import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { preferencesQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { useConfig, useLocalizedText } from "../../config/use-config.ts";
import { Loading } from "../../ui/loading.tsx";
import { QueryError } from "../../ui/query-error.tsx";

/** Read-only for now: what each topic is and on which channels it reaches the customer. */
export function PreferencesView() {
  const { t } = useTranslation();
  const config = useConfig();
  const text = useLocalizedText();
  const preferences = useQuery(preferencesQuery(useApi()));
  if (preferences.isError) return <QueryError what={t("nav.preferences")} onRetry={() => void preferences.refetch()} />;
  if (!preferences.data) return <Loading />;
  const channels = config.channels.filter((channel) => channel.enabled);

  return (
    <ul className="flex flex-col gap-4">
      {config.topics.map((topic) => {
        const pref = preferences.data.topics.find((candidate) => candidate.topicId === topic.id);
        return (
          <li
            key={topic.id}
            className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <h2 className="text-lg font-semibold">{text(topic.label)}</h2>
            <p>{text(topic.description)}</p>
            <p className="text-sm text-zinc-600 dark:text-zinc-300">
              {t("preferences.from", { sender: topic.sender })} · {text(topic.frequency)}
            </p>
            {topic.required && <p className="mt-1 text-sm font-medium">{t("preferences.required")}</p>}
            <ul className="mt-2 flex flex-wrap gap-2">
              {channels
                .filter((channel) => topic.channels.includes(channel.id))
                .map((channel) => {
                  const on =
                    topic.required ||
                    (pref?.channels[channel.id] === true && preferences.data.channels[channel.id] === true);
                  return (
                    <li key={channel.id} className="rounded-full border border-zinc-400 px-3 py-1 text-sm">
                      {text(channel.label)}: {on ? t("preferences.on") : t("preferences.off")}
                    </li>
                  );
                })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
