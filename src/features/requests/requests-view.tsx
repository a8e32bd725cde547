import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { requestTypeSchema } from "../../api/contract/requests.ts";
import { requestsQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { useDateFormat } from "../../i18n/format.ts";
import { SelectField } from "../../ui/select-field.tsx";
import { filteredRequests, type RequestFilter, type StatusFilter } from "./request-filters.ts";

const statusFilters: StatusFilter[] = ["all", "open", "closed"];
const linkClass = "inline-flex min-h-11 items-center font-medium underline underline-offset-2";

/** Each request, where it stands and the date the law says it is due; filters live in the URL so they can be shared. */
export function RequestsView() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const requests = useSuspenseQuery(requestsQuery(useApi()));
  const [params, setParams] = useSearchParams();
  const filter: RequestFilter = {
    status: statusFilters.find((status) => status === params.get("status")) ?? "all",
    type: requestTypeSchema.safeParse(params.get("type")).data ?? "all",
  };
  const setFilter = (name: keyof RequestFilter, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === "all") next.delete(name);
      else next.set(name, value);
      return next;
    });
  const shown = filteredRequests(requests.data, filter);

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
            ...requestTypeSchema.options.map((value) => ({ value, label: t(`requests.type.${value}`) })),
          ]}
        />
      </div>
      <p aria-live="polite" data-request-count>
        {t("requests.count", { count: shown.length })}
      </p>
      {requests.data.length === 0 && <p>{t("requests.none")}</p>}
      <ul className="flex flex-col gap-4">
        {shown.map((request) => (
          <li
            key={request.id}
            className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <h2 className="text-lg font-semibold">
              <Link className="underline underline-offset-2" to={`/requests/${request.id}`}>
                {t(`requests.type.${request.type}`)}
              </Link>
            </h2>
            <p>
              <span className="font-medium">{t(`requests.status.${request.status}`)}</span>
              {" · "}
              {t("requests.filed", { date: format.day(request.createdAt) })}
            </p>
            <p className="text-sm">
              {t("requests.due", { date: format.due(request.extension?.until ?? request.dueAt) })}
              {request.extension && ` · ${t("requests.extended", { reason: request.extension.reason })}`}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
