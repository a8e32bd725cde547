import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { consentsQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { useConfig, useLocalizedText } from "../../config/use-config.ts";
import { useDateFormat } from "../../i18n/format.ts";

/** Read-only for now: each purpose, why it exists and where the customer stands on it. */
export function ConsentsView() {
  const { t } = useTranslation();
  const config = useConfig();
  const text = useLocalizedText();
  const format = useDateFormat();
  const consents = useSuspenseQuery(consentsQuery(useApi()));

  return (
    <ul className="flex flex-col gap-4">
      {config.purposes.map((purpose) => {
        const status = consents.data.purposes.find((candidate) => candidate.purposeId === purpose.id);
        return (
          <li
            key={purpose.id}
            className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <h2 className="text-lg font-semibold">{text(purpose.label)}</h2>
            <p>{text(purpose.description)}</p>
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="font-medium">{t("consents.status")}</dt>
              <dd>
                {t(`consents.state.${status?.status ?? "never_asked"}`)}
                {status?.since && (
                  <>
                    {" · "}
                    <time dateTime={status.since}>{format.day(status.since)}</time>
                  </>
                )}
              </dd>
              <dt className="font-medium">{t("consents.legalBasis")}</dt>
              <dd>{t(`legalBasis.${purpose.legalBasis}`)}</dd>
              <dt className="font-medium">{t("consents.recipients")}</dt>
              <dd translate="no">{purpose.recipients.join(", ")}</dd>
              <dt className="font-medium">{t("consents.retention")}</dt>
              <dd>{text(purpose.retention)}</dd>
              {status?.expiresAt && (
                <>
                  <dt className="font-medium">{t("consents.renewBy")}</dt>
                  <dd>
                    <time dateTime={status.expiresAt}>{format.day(status.expiresAt)}</time>
                  </dd>
                </>
              )}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
