import { useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ActivityEvent } from "../../api/contract/activity.ts";
import type { Actor } from "../../api/contract/common.ts";
import { activityQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { useConfig, useLocalizedText } from "../../config/use-config.ts";
import { useDateFormat } from "../../i18n/format.ts";
import { targetWords, valueWords } from "./history-words.ts";
import { Button } from "../../ui/button.tsx";
import { HistoryEmpty } from "./history-empty.tsx";

/** A long history (every sign-in adds a line) comes a page at a time, newest first, so the page never stalls. */
export const eventsPerPage = 50;

/** The retention job's actions read as sentences: what went, under which rule (and by when, for a renewal). */
const retentionActions: ReadonlySet<string> = new Set(["data_deleted", "data_anonymised", "consent_renewal_requested"]);

function useActorLabel() {
  const { t } = useTranslation();
  return (actor: Actor) => {
    if (actor.kind === "support") return t("activity.actor.support", { name: actor.agentName, reason: actor.reason });
    if (actor.kind === "footer_link" && actor.via === "one_click") return t("activity.actor.footer_link_one_click");
    return t(`activity.actor.${actor.kind}`);
  };
}

/** Opening and closing a support view read as one sentence naming the agent (and why they looked). */
function useSupportLine() {
  const { t } = useTranslation();
  return (event: ActivityEvent): string | null => {
    if (event.actor.kind !== "support") return null;
    const { agentName: name, reason } = event.actor;
    if (event.action === "support_access") return t("activity.supportViewed", { name, reason });
    if (event.action === "support_access_ended")
      return t(event.after === "expired" ? "activity.supportExpired" : "activity.supportEnded", { name });
    return null;
  };
}

/** Everything that happened to the customer's data and choices, newest first, including support access. */
export function HistoryView() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const actorLabel = useActorLabel();
  const supportLine = useSupportLine();
  const words = { t, text: useLocalizedText(), config: useConfig(), day: format.day };
  const activity = useSuspenseQuery(activityQuery(useApi()));
  const events = activity.data.toSorted((a, b) => b.at.localeCompare(a.at));
  const [shown, setShown] = useState(eventsPerPage);
  const left = events.length - shown;

  if (events.length === 0) return <HistoryEmpty />;

  return (
    <div className="flex flex-col gap-3">
      <ol className="flex flex-col gap-3">
        {events.slice(0, shown).map((event) => (
          <li
            key={event.id}
            className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-700 dark:bg-zinc-900"
          >
            {retentionActions.has(event.action) ? (
              <p className="font-medium">
                {t(`activity.retention.${event.action}`, {
                  field: t(`data.field.${event.target.replace(/^data:/, "")}`),
                  rule: event.before ?? "",
                  date: event.after ? format.day(event.after) : "",
                })}
              </p>
            ) : (
              <>
                <p className="font-medium">
                  {supportLine(event) ?? (
                    <>
                      {t(`activity.action.${event.action}`)}
                      <span className="font-normal"> · {targetWords(event, words)}</span>
                    </>
                  )}
                </p>
                {supportLine(event) === null && (event.before !== null || event.after !== null) && (
                  <p className="text-sm">
                    {t("activity.change", {
                      before: valueWords(event.before, words),
                      after: valueWords(event.after, words),
                    })}
                  </p>
                )}
              </>
            )}
            <p className="text-sm text-zinc-600 dark:text-zinc-300">
              <time dateTime={event.at}>{format.moment(event.at)}</time> · {actorLabel(event.actor)}
            </p>
          </li>
        ))}
      </ol>
      {left > 0 && (
        <Button variant="secondary" className="self-start" onClick={() => setShown((count) => count + eventsPerPage)}>
          {t("activity.showMore", { count: Math.min(left, eventsPerPage), left })}
        </Button>
      )}
    </div>
  );
}
