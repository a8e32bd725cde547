import { useId } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import type { Purpose } from "../../api/contract/catalog.ts";
import type { ConsentRecord, ConsentState, PurposeStatus } from "../../api/contract/consents.ts";
import type { ApiError } from "../../api/errors.ts";
import { allowedStates, renewalDue } from "../../api/rules/consents.ts";
import { useLocalizedText } from "../../config/use-config.ts";
import { useDateFormat } from "../../i18n/format.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { StatusBadge } from "../../ui/status-badge.tsx";
import { Switch } from "../../ui/switch.tsx";
import { PurposeHistory } from "./purpose-history.tsx";

/** A change as the person made it: with the switch, by "Undo", or by "Renew". */
export type ChangeKind = "change" | "undo" | "renewal";

/** What happened to the last change made on this card. */
export type Feedback =
  | { kind: "saved"; messageKey: string; undo: ConsentState | null }
  | { kind: "failed"; error: ApiError; retry: (() => void) | null };

interface PurposeCardProps {
  purpose: Purpose;
  /** As shown: saved state with the changes on their way. */
  status: PurposeStatus;
  records: readonly ConsentRecord[];
  saving: boolean;
  /** Offline: the change waits and is sent when the browser is back online. */
  waiting: boolean;
  feedback: Feedback | null;
  disabled: boolean;
  gpcOn: boolean;
  now: Date;
  onChange: (state: ConsentState, kind?: ChangeKind) => void;
}

function failureKey(error: ApiError) {
  if (error.code === "conflict") return "consents.status.conflict";
  if (error.code === "network") return "consents.status.offline";
  return "consents.status.failed";
}

/**
 * One purpose: what it is, who gets the data, how long it is kept, where the customer stands, and one switch
 * that both gives and takes back (same control, same place, one press either way). No confirmation on the way
 * out: an undo instead. Legitimate-interest purposes use the same switch to object and to lift an objection.
 */
export function PurposeCard({
  purpose,
  status,
  records,
  saving,
  waiting,
  feedback,
  disabled,
  gpcOn,
  now,
  onChange,
}: PurposeCardProps) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const format = useDateFormat();
  const headingId = useId();
  const hintId = useId();
  const label = text(purpose.label);
  const interest = purpose.legalBasis === "legitimate_interest";
  const choosable = allowedStates(purpose).length > 0;
  const latest = records.find((record) => record.purposeId === purpose.id);
  const gpcOptedOut = latest?.method === "gpc" && !status.inUse;

  return (
    <li>
      <article
        aria-labelledby={headingId}
        className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
      >
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="flex min-w-0 flex-col items-start gap-1">
            <h2 id={headingId} className="text-lg font-semibold">
              {label}
            </h2>
            <StatusBadge status={status.status} label={t(`consents.state.${status.status}`)} />
          </div>
          {choosable && (
            <Switch
              checked={status.inUse}
              label={t(interest ? "consents.switch.interest" : "consents.switch.consent", { purpose: label })}
              describedBy={hintId}
              stateText={{ on: t("consents.switchState.on"), off: t("consents.switchState.off") }}
              disabled={disabled}
              onCheckedChange={(on) => onChange(on ? "granted" : interest ? "objected" : "withdrawn")}
            />
          )}
        </div>
        <p className="mt-2">{text(purpose.description)}</p>
        <p id={hintId} className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
          {choosable ? t(interest ? "consents.hint.interest" : "consents.hint.consent") : t("consents.hint.noChoice")}
        </p>
        <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("consents.legalBasis")}</dt>
          <dd>{t(`legalBasis.${purpose.legalBasis}`)}</dd>
          <dt className="font-semibold">{t(status.inUse ? "consents.recipients" : "consents.recipientsIfUsed")}</dt>
          <dd translate="no">{purpose.recipients.join(", ")}</dd>
          <dt className="font-semibold">{t("consents.retention")}</dt>
          <dd>{text(purpose.retention)}</dd>
          {purpose.saleOrShare && (
            <>
              <dt className="font-semibold">{t("consents.saleOrShare.term")}</dt>
              <dd>{t("consents.saleOrShare.yes")}</dd>
            </>
          )}
          {purpose.consentLifetimeDays && (
            <>
              <dt className="font-semibold">{t("consents.lifetime.term")}</dt>
              <dd>
                {status.status === "granted" && status.expiresAt
                  ? t("consents.lifetime.lapsesOn", { date: format.day(status.expiresAt) })
                  : status.status === "expired" && status.expiresAt
                    ? t("consents.lifetime.lapsedOn", { date: format.day(status.expiresAt) })
                    : t("consents.lifetime.days", { count: purpose.consentLifetimeDays })}
              </dd>
            </>
          )}
          <dt className="font-semibold">{t("consents.textVersion")}</dt>
          <dd translate="no">{purpose.textVersion}</dd>
        </dl>
        {status.status === "expired" && (
          <p className="mt-3 text-sm font-medium">{t("consents.lifetime.expiredNote")}</p>
        )}
        {renewalDue(status, now) && status.expiresAt && (
          <div className="mt-3">
            <Alert tone="warning">
              <p>{t("consents.renewal.notice", { date: format.day(status.expiresAt) })}</p>
              <Button
                variant="secondary"
                className="mt-2"
                disabled={disabled}
                onClick={() => onChange("granted", "renewal")}
              >
                {t("consents.renewal.action", { purpose: label })}
              </Button>
            </Alert>
          </div>
        )}
        {purpose.saleOrShare && gpcOptedOut && latest && (
          <p className="mt-3 text-sm font-medium">{t("consents.gpc.optedOut", { date: format.day(latest.at) })}</p>
        )}
        {purpose.saleOrShare && gpcOn && status.inUse && (
          <p className="mt-3 text-sm font-medium">{t("consents.gpc.overridden")}</p>
        )}
        <div className="mt-3 flex min-h-11 flex-wrap items-center gap-3">
          <output data-save-status className="text-sm">
            {waiting
              ? t("consents.status.waiting", { purpose: label })
              : saving
                ? t("consents.status.saving")
                : feedback?.kind === "saved"
                  ? t(feedback.messageKey, { purpose: label })
                  : ""}
          </output>
          {!saving && !waiting && feedback?.kind === "saved" && feedback.undo && (
            <Button variant="secondary" disabled={disabled} onClick={() => onChange(feedback.undo!, "undo")}>
              {t("consents.undo")}
            </Button>
          )}
        </div>
        {feedback?.kind === "failed" && (
          <Alert tone="error">
            <p>{t(failureKey(feedback.error), { purpose: label })}</p>
            {feedback.retry && (
              <Button variant="secondary" className="mt-2" onClick={feedback.retry}>
                {t("common.retry")}
              </Button>
            )}
          </Alert>
        )}
        <PurposeHistory purpose={purpose} records={records} />
      </article>
    </li>
  );
}
