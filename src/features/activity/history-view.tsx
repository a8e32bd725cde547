import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Actor } from "../../api/contract/common.ts";
import { activityQuery } from "../../api/queries.ts";
import { useApi } from "../../api/use-api.ts";
import { useConfig, useLocalizedText } from "../../config/use-config.ts";
import { useDateFormat } from "../../i18n/format.ts";
import { Loading } from "../../ui/loading.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { describeEvent } from "./describe-event.ts";

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
  const config = useConfig();
  const text = useLocalizedText();
  const activity = useQuery(activityQuery(useApi()));
  if (activity.isError) return <QueryError what={t("nav.history")} onRetry={() => void activity.refetch()} />;
  if (!activity.data) return <Loading />;
  const events = activity.data.toSorted((a, b) => b.at.localeCompare(a.at));
  const words = (event: (typeof events)[number]) => describeEvent(event, { t, text, day: format.day, config });

  return (
    <ol className="flex flex-col gap-3">
      {events.map((event) => {
        const { target, change, changeIsData } = words(event);
        return (
          <li
            key={event.id}
            className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <p className="font-medium">
              {t(`activity.action.${event.action}`)}
              {target && <span className="font-normal"> · {target}</span>}
            </p>
            {change && <p translate={changeIsData ? "no" : undefined}>{change}</p>}
            <p className="text-sm text-zinc-600 dark:text-zinc-300">
              <time dateTime={event.at}>{format.moment(event.at)}</time> · {actorLabel(event.actor)}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
