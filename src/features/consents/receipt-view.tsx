import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { Link, useParams } from "react-router";
import { consentsQuery, sessionQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { useConfig, useLocalizedText } from "../../config/use-config.ts";
import { useDateFormat } from "../../i18n/format.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { choiceKey, recordsOf, useRecordWords } from "./consent-words.ts";

function Row({ term, value, data = false }: { term: string; value: ReactNode; data?: boolean }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd translate={data ? "no" : undefined}>{value}</dd>
    </>
  );
}

const backLink = "inline-flex min-h-11 items-center underline print:hidden";

/**
 * One consent record as a receipt the customer can keep or print: what they chose, the words and version they
 * were shown, when, how and by whom. It prints alone (the app's header, navigation and footer stay on screen).
 */
export function ReceiptView() {
  const { t } = useTranslation();
  const { receiptId } = useParams();
  const api = useApi();
  const config = useConfig();
  const text = useLocalizedText();
  const format = useDateFormat();
  const words = useRecordWords();
  const consents = useSuspenseQuery(consentsQuery(api));
  const session = useQuery(sessionQuery(api)).data;
  const record = consents.data.records.find((candidate) => candidate.receiptId === receiptId);
  const purpose = config.purposes.find((candidate) => candidate.id === record?.purposeId);

  if (!record || !purpose)
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="warning">
          <p>{t("consents.receipt.notFound")}</p>
        </Alert>
        <Link to="/consents" className={backLink}>
          {t("consents.receipt.back")}
        </Link>
      </div>
    );

  const older = recordsOf(purpose.id, consents.data.records).find((entry) => entry.record.id === record.id)?.older;

  return (
    <div data-printable className="flex flex-col gap-4">
      <div className="flex flex-wrap gap-3 print:hidden">
        <Link to="/consents" className={backLink}>
          {t("consents.receipt.back")}
        </Link>
        <Button variant="secondary" onClick={() => window.print()}>
          {t("consents.receipt.print")}
        </Button>
      </div>
      <section
        aria-labelledby="receipt-purpose"
        className="rounded-lg border border-zinc-300 bg-white p-5 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 print:border-zinc-900 print:bg-white print:text-black"
      >
        <h2 id="receipt-purpose" className="text-xl font-semibold">
          {text(purpose.label)}: {t(choiceKey(purpose, record, older ?? null))}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <Row term={t("consents.receipt.number")} value={record.receiptId} data />
          <Row term={t("consents.receipt.company")} value={config.company.name} data />
          {session && (
            <Row
              term={t("consents.receipt.person")}
              value={`${session.subject.name} <${session.subject.email}>`}
              data
            />
          )}
          <Row term={t("consents.receipt.when")} value={<time dateTime={record.at}>{format.moment(record.at)}</time>} />
          <Row term={t("consents.receipt.how")} value={words.method(record)} />
          <Row term={t("consents.receipt.who")} value={words.actorAlone(record.actor)} />
          <Row term={t("consents.legalBasis")} value={t(`legalBasis.${purpose.legalBasis}`)} />
          <Row term={t("consents.recipients")} value={purpose.recipients.join(", ")} data />
          <Row term={t("consents.textVersion")} value={record.textVersion} data />
        </dl>
        <h3 className="mt-4 font-semibold">{t("consents.receipt.shown")}</h3>
        {record.shown ? (
          <blockquote className="mt-1 border-l-4 border-zinc-400 pl-3">
            <p className="font-medium">{text(record.shown.label)}</p>
            <p>{text(record.shown.description)}</p>
          </blockquote>
        ) : (
          <p className="mt-1">{t("consents.receipt.versionOnly", { version: record.textVersion })}</p>
        )}
      </section>
    </div>
  );
}
