import { useSuspenseQuery } from "@tanstack/react-query";
import { FileSearch, FilePlus } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { Link, useSearchParams } from "react-router";
import { isRequestType, requestTypes } from "../../api/contract/request-types.ts";
import { openRequestStatuses } from "../../api/contract/request-statuses.ts";
import { requestsQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { effectiveDueAt, isOverdue } from "../../api/rules/due-dates.ts";
import { useDateFormat } from "../../i18n/format.ts";
import { Button, buttonLookClass } from "../../ui/button.tsx";
import { EmptyState } from "../../ui/empty-state.tsx";
import { SelectField } from "../../ui/select-field.tsx";
import { StatusBadge } from "../../ui/status-badge.tsx";
import { filteredRequests, type RequestFilter, type StatusFilter } from "./request-filters.ts";

const statusFilters: StatusFilter[] = ["all", "open", "closed"];
const linkClass = "inline-flex min-h-11 items-center font-medium underline underline-offset-2";

/** Each request, where it stands and the date the law says it is due; filters live in the URL so they can be shared. */
export function RequestsView() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const requests = useSuspenseQuery(requestsQuery(useApi()));
  const [params, setParams] = useSearchParams();
  const [openedAt] = useState(() => new Date());
  const askedType = params.get("type");
  const filter: RequestFilter = {
    status: statusFilters.find((status) => status === params.get("status")) ?? "all",
    type: isRequestType(askedType) ? askedType : "all",
  };
  const setFilter = (name: keyof RequestFilter, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === "all") next.delete(name);
      else next.set(name, value);
      return next;
    });
  const clearFilters = () =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete("status");
      next.delete("type");
      return next;
    });
  const shown = filteredRequests(requests.data, filter);

  if (requests.data.length === 0)
    return (
      <EmptyState
        Icon={FilePlus}
        title={t("requests.empty.title")}
        body={
          <>
            <p>{t("requests.empty.body")}</p>
            <p className="text-sm">{t("requests.empty.due")}</p>
          </>
        }
        action={
          <Link className={buttonLookClass()} to="/requests/new">
            {t("requests.empty.action")}
          </Link>
        }
      />
    );

  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={t("requests.newTitle")} className="flex flex-wrap gap-x-4">
        {(["access", "deletion", "restriction", "objection"] as const).map((type) => (
          <Link key={type} className={linkClass} to={`/requests/new?type=${type}`}>
            {t(`requests.new.${type}`)}
          </Link>
        ))}
      </nav>
      <p className="text-sm">{t("requests.correctionHint")}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t("requests.filter.status")}
          value={filter.status}
          onChange={(event) => setFilter("status", event.target.value)}
          options={statusFilters.map((value) => ({ value, label: t(`requests.filter.${value}`) }))}
        />
        <SelectField
          label={t("requests.filter.type")}
          value={filter.type}
          onChange={(event) => setFilter("type", event.target.value)}
          options={[
            { value: "all", label: t("requests.filter.anyType") },
            ...requestTypes.map((value) => ({ value, label: t(`requests.type.${value}`) })),
          ]}
        />
      </div>
      <p aria-live="polite" data-request-count>
        {t("requests.count", { count: shown.length })}
      </p>
      {shown.length === 0 && (
        <EmptyState
          Icon={FileSearch}
          title={t("requests.noMatch.title")}
          body={<p>{t("requests.noMatch.body", { count: requests.data.length })}</p>}
          action={
            <Button variant="secondary" onClick={clearFilters}>
              {t("requests.noMatch.action")}
            </Button>
          }
        />
      )}
      <ul className="flex flex-col gap-4">
        {shown.map((request) => {
          const overdue = isOverdue(request, openedAt);
          return (
            <li
              key={request.id}
              className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-700 dark:bg-zinc-900"
            >
              <h2 className="text-lg font-semibold">
                <Link className="underline underline-offset-2" to={`/requests/${request.id}`}>
                  {t(`requests.type.${request.type}`)}
                </Link>
              </h2>
              <p className="mt-1 flex flex-wrap items-center gap-2">
                <StatusBadge status={request.status} label={t(`requests.status.${request.status}`)} />
                {overdue && <StatusBadge status="overdue" label={t("requests.overdue")} />}
                <span>{t("requests.filed", { date: format.day(request.createdAt) })}</span>
              </p>
              {openRequestStatuses.has(request.status) ? (
                <p className="mt-1 text-sm">
                  {t(overdue ? "requests.dueWas" : "requests.due", { date: format.due(effectiveDueAt(request)) })}
                  {request.extension && ` · ${t("requests.extended", { reason: request.extension.reason })}`}
                </p>
              ) : (
                <p className="mt-1 text-sm">
                  {t("requests.closedOn", { date: format.day(request.timeline.at(-1)?.at ?? request.createdAt) })}
                </p>
              )}
              {request.timeline.at(-1)?.note && (
                <p className="mt-1 text-sm break-words text-zinc-700 dark:text-zinc-300">
                  {t("requests.latestNote", { note: request.timeline.at(-1)?.note })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
