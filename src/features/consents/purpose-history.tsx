import { useTranslation } from "../../i18n/use-translation.ts";
import { Link } from "react-router";
import type { Purpose } from "../../api/contract/catalog.ts";
import type { ConsentRecord } from "../../api/contract/consents.ts";
import { useDateFormat } from "../../i18n/format.ts";
import { choiceKey, recordsOf, useRecordWords } from "./consent-words.ts";

/** Every record of one purpose, newest first, each with its receipt: the customer's own evidence. */
export function PurposeHistory({ purpose, records }: { purpose: Purpose; records: readonly ConsentRecord[] }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const words = useRecordWords();
  const own = recordsOf(purpose.id, records);
  return (
    <details className="mt-3 rounded-md border border-zinc-200 dark:border-zinc-700">
      <summary className="min-h-11 cursor-pointer px-3 py-2.5 font-medium">
        {t("consents.history.summary", { count: own.length })}
      </summary>
      {own.length === 0 ? (
        <p className="px-3 pb-3 text-sm">{t("consents.history.none")}</p>
      ) : (
        <ol className="flex flex-col divide-y divide-zinc-200 px-3 pb-2 dark:divide-zinc-700">
          {own.map(({ record, older }) => {
            const choice = t(choiceKey(purpose, record, older));
            const when = format.moment(record.at);
            return (
              <li key={record.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
                <p>
                  <span className="font-medium">{choice}</span> · <time dateTime={record.at}>{when}</time>
                  <br />
                  <span className="text-sm text-zinc-700 dark:text-zinc-300">
                    {words.method(record)} · {words.actor(record.actor)}
                  </span>
                </p>
                <Link
                  to={`/consents/receipts/${encodeURIComponent(record.receiptId)}`}
                  className="inline-flex min-h-11 items-center underline"
                  aria-label={t("consents.history.receiptFor", { choice, date: when })}
                >
                  {t("consents.history.receipt")}
                </Link>
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
}
