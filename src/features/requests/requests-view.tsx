import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { requestsQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { useDateFormat } from "../../i18n/format.ts";

/** Read-only for now: each request, where it stands and the date the law says it is due. */
export function RequestsView() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const requests = useSuspenseQuery(requestsQuery(useApi()));
  if (requests.data.length === 0) return <p>{t("requests.none")}</p>;

  return (
    <ul className="flex flex-col gap-4">
      {requests.data.map((request) => (
        <li
          key={request.id}
          className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-700 dark:bg-zinc-900"
        >
          <h2 className="text-lg font-semibold">{t(`requests.type.${request.type}`)}</h2>
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
  );
}
