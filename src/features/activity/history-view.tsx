import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Actor } from "../../api/contract/common.ts";
import { activityQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { useConfig, useLocalizedText } from "../../config/use-config.ts";
import { useDateFormat } from "../../i18n/format.ts";
import { targetWords, valueWords } from "./history-words.ts";

function useActorLabel() {
  const { t } = useTranslation();
  return (actor: Actor) =>
    actor.kind === "support"
      ? t("activity.actor.support", { name: actor.agentName, reason: actor.reason })
      : t(`activity.actor.${actor.kind}`);
}

/** Everything that happened to the customer's data and choices, newest first, including support access. */
export function HistoryView() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const actorLabel = useActorLabel();
  const words = { t, text: useLocalizedText(), config: useConfig(), day: format.day };
  const activity = useSuspenseQuery(activityQuery(useApi()));
  const events = activity.data.toSorted((a, b) => b.at.localeCompare(a.at));

  return (
    <ol className="flex flex-col gap-3">
      {events.map((event) => (
        <li
          key={event.id}
          className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-700 dark:bg-zinc-900"
        >
          <p className="font-medium">
            {t(`activity.action.${event.action}`)}
            <span className="font-normal"> · {targetWords(event, words)}</span>
          </p>
          {(event.before !== null || event.after !== null) && (
            <p className="text-sm">
              {t("activity.change", { before: valueWords(event.before, words), after: valueWords(event.after, words) })}
            </p>
          )}
          <p className="text-sm text-zinc-600 dark:text-zinc-300">
            <time dateTime={event.at}>{format.moment(event.at)}</time> · {actorLabel(event.actor)}
          </p>
        </li>
      ))}
    </ol>
  );
}
