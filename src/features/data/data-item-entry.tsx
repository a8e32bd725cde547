import { useTranslation } from "../../i18n/use-translation.ts";
import { Link } from "react-router";
import type { DataItem } from "../../api/contract/data.ts";
import { useConfig, useLocalizedText } from "../../config/use-config.ts";
import { useDateFormat } from "../../i18n/format.ts";
import { MaskedValue } from "./masked-value.tsx";

/** One item with everything the law asks the company to say about it; values are always rendered as text. */
export function DataItemEntry({ item, label }: { item: DataItem; label: string }) {
  const { t } = useTranslation();
  const config = useConfig();
  const text = useLocalizedText();
  const format = useDateFormat();
  const purposeLabel = (id: string) => text(config.purposes.find((purpose) => purpose.id === id)?.label) || id;
  const purposes = item.purposeIds.map(purposeLabel).join(", ") || t("data.noPurpose");

  return (
    <li className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-700 dark:bg-zinc-900">
      <h3 className="font-semibold">{label}</h3>
      <p className="break-words">
        {item.masked ? <MaskedValue value={item.value} fieldLabel={label} /> : <span translate="no">{item.value}</span>}
      </p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t("data.detail.source")}</dt>
        <dd>{t("data.provenance", { source: t(`data.source.${item.source}`), date: format.day(item.collectedAt) })}</dd>
        <dt className="font-medium">{t("data.detail.purposes")}</dt>
        <dd>{purposes}</dd>
        <dt className="font-medium">{t("data.detail.legalBasis")}</dt>
        <dd>{t(`legalBasis.${item.legalBasis}`)}</dd>
        <dt className="font-medium">{t("data.detail.retention")}</dt>
        <dd>
          <span translate="no">{item.retention.rule}</span>
          {" · "}
          {item.retention.endsAt
            ? t("data.retentionEnds", { date: format.day(item.retention.endsAt) })
            : t("data.retentionWithAccount")}
          {item.retention.renewalRequestedAt && item.retention.endsAt && (
            <span className="block">
              {t("data.retentionNext.renewalAsked", { date: format.day(item.retention.endsAt) })}
            </span>
          )}
        </dd>
        <dt className="font-medium">{t("data.detail.recipients")}</dt>
        <dd translate="no">{item.recipients.join(", ")}</dd>
      </dl>
      {item.correctable && (
        <Link
          className="mt-2 inline-flex min-h-11 items-center font-medium underline underline-offset-2"
          to={`/requests/new?type=correction&item=${encodeURIComponent(item.id)}`}
        >
          {t("data.correct", { field: label })}
        </Link>
      )}
    </li>
  );
}
