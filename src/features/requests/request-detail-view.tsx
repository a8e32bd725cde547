import { useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { Link, useParams } from "react-router";
import { cancellableRequestStatuses } from "../../api/contract/request-statuses.ts";
import { requestQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { isApiError } from "../../api/errors.ts";
import { isOverdue } from "../../api/rules/due-dates.ts";
import { useDateFormat } from "../../i18n/format.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { StatusBadge } from "../../ui/status-badge.tsx";
import { useCancelRequest } from "./use-cancel-request.ts";

/** One request on its own linkable page: where it stands, its legal due date, any extension, its timeline. */
export function RequestDetailView() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const { id = "" } = useParams();
  const request = useSuspenseQuery(requestQuery(useApi(), id)).data;
  const cancel = useCancelRequest(request);
  const correction = request.correction;
  const [openedAt] = useState(() => new Date());

  return (
    <div className="flex flex-col gap-4">
      <h2 className="text-xl font-semibold">{t(`requests.type.${request.type}`)}</h2>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t("requests.detail.status")}</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <span data-request-status={request.status}>
            <StatusBadge status={request.status} label={t(`requests.status.${request.status}`)} />
          </span>
          {isOverdue(request, openedAt) && <StatusBadge status="overdue" label={t("requests.overdue")} />}
        </dd>
        <dt className="font-medium">{t("requests.detail.filed")}</dt>
        <dd>{format.moment(request.createdAt)}</dd>
        <dt className="font-medium">{t("requests.detail.due")}</dt>
        <dd>{format.due(request.dueAt)}</dd>
        {request.extension && (
          <>
            <dt className="font-medium">{t("requests.detail.extended")}</dt>
            <dd>
              {t("requests.detail.extendedUntil", {
                date: format.due(request.extension.until),
                reason: request.extension.reason,
                told: format.day(request.extension.notifiedAt),
              })}
            </dd>
          </>
        )}
        {request.scope.length > 0 && (
          <>
            <dt className="font-medium">{t("requests.detail.scope")}</dt>
            <dd>{request.scope.join(", ")}</dd>
          </>
        )}
        {request.details && (
          <>
            <dt className="font-medium">{t("requests.detail.details")}</dt>
            <dd className="break-words whitespace-pre-wrap">{request.details}</dd>
          </>
        )}
        {correction && (
          <>
            <dt className="font-medium">{t("requests.detail.current")}</dt>
            <dd className="break-words">{correction.current}</dd>
            <dt className="font-medium">{t("requests.detail.proposed")}</dt>
            <dd className="break-words">{correction.proposed}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="request-timeline">
        <h3 id="request-timeline" className="text-lg font-semibold">
          {t("requests.detail.timeline")}
        </h3>
        <ol className="flex flex-col gap-2">
          {request.timeline.map((event, index) => (
            <li key={`${event.at}-${index}`}>
              <time dateTime={event.at}>{format.moment(event.at)}</time> · {t(`requests.status.${event.status}`)}
              {event.note && <span className="block text-sm">{event.note}</span>}
            </li>
          ))}
        </ol>
      </section>
      {cancellableRequestStatuses.has(request.status) && (
        <Button variant="secondary" className="self-start" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
          {t("requests.cancel")}
        </Button>
      )}
      {cancel.isSuccess && <Alert>{t("requests.cancelled")}</Alert>}
      {cancel.isError && (
        <Alert tone="error">
          {isApiError(cancel.error, "conflict") ? t("requests.cancelConflict") : t("requests.cancelFailed")}
        </Alert>
      )}
      <Link className="underline underline-offset-2" to="/requests">
        {t("requests.backToList")}
      </Link>
    </div>
  );
}
