import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import type { ActivityEvent } from "../../api/contract/activity.ts";
import type { Actor } from "../../api/contract/common.ts";
import { historyQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { isApiError } from "../../api/errors.ts";
import { useConfig, useLocalizedText } from "../../config/use-config.ts";
import { useDateFormat } from "../../i18n/format.ts";
import { targetWords, valueWords } from "./history-words.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { HistoryEmpty } from "./history-empty.tsx";

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

/** Why older events did not come, in the reader's words: a refused cursor or page size needs a fresh start. */
function olderFailure(error: unknown): "stale" | "pageSize" | "failed" {
  if (!isApiError(error, "validation")) return "failed";
  if (error.fields.some((field) => field.path === "cursor")) return "stale";
  return error.fields.some((field) => field.path === "limit") ? "pageSize" : "failed";
}

/**
 * Everything that happened to the customer's data and choices, newest first, including support access. A long
 * history (every sign-in adds a line) comes from the server a page at a time, so the page never stalls.
 */
export function HistoryView() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const actorLabel = useActorLabel();
  const supportLine = useSupportLine();
  const words = { t, text: useLocalizedText(), config: useConfig(), day: format.day };
  const activity = useSuspenseInfiniteQuery(historyQuery(useApi()));
  const events = activity.data.pages.flatMap((page) => page.events);
  const list = useRef<HTMLOListElement>(null);
  const retry = useRef<HTMLButtonElement>(null);
  // Where keyboard focus goes once older events arrive: the first of them, so reading goes on where it was.
  const focusFrom = useRef<number | null>(null);
  const failure = activity.isFetchNextPageError ? olderFailure(activity.error) : null;

  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || events.length <= from) return;
    const first = list.current?.children[from];
    if (first instanceof HTMLElement) first.focus();
    focusFrom.current = null;
  }, [events.length]);

  // The button that was pressed gives way to the error; its retry takes the focus, so the keyboard stays put.
  useEffect(() => {
    if (failure !== null && focusFrom.current !== null) retry.current?.focus();
  }, [failure]);

  const loadOlder = () => {
    if (activity.isFetchingNextPage) return;
    focusFrom.current = events.length;
    void activity.fetchNextPage();
  };
  const startOver = () => {
    focusFrom.current = null;
    void activity.refetch();
  };

  if (events.length === 0) return <HistoryEmpty />;

  return (
    <div className="flex flex-col gap-3">
      <ol ref={list} className="flex flex-col gap-3">
        {events.map((event) => (
          <li
            key={event.id}
            tabIndex={-1}
            className="rounded-lg border border-zinc-200 bg-white p-3 outline-offset-2 focus:outline-2 dark:border-zinc-700 dark:bg-zinc-900"
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
      {/* A polite live region, not an <output>: the specs read an <output> in main as "still loading". */}
      <p aria-live="polite" data-history-count className="text-sm text-zinc-600 dark:text-zinc-300">
        {t(activity.hasNextPage ? "activity.shown" : "activity.shownAll", { count: events.length })}
      </p>
      {failure !== null ? (
        <Alert tone="error">
          <p>{t(`activity.older.${failure}`)}</p>
          <Button
            ref={retry}
            variant="secondary"
            className="mt-2"
            onClick={failure === "failed" ? loadOlder : startOver}
          >
            {t(failure === "failed" ? "common.retry" : "activity.older.startOver")}
          </Button>
        </Alert>
      ) : (
        activity.hasNextPage && (
          <Button
            variant="secondary"
            className="self-start"
            aria-disabled={activity.isFetchingNextPage}
            onClick={loadOlder}
          >
            {t(activity.isFetchingNextPage ? "activity.older.loading" : "activity.older.show")}
          </Button>
        )
      )}
    </div>
  );
}
