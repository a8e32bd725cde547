import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { ShieldCheck } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { Link } from "react-router";
import { browserSendsGpc } from "../../api/client/gpc.ts";
import { consentsQuery, sessionQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { isReadOnlySupport } from "../../api/rules/read-only-support.ts";
import type { ConsentState, PurposeStatus } from "../../api/contract/consents.ts";
import { ApiError } from "../../api/errors.ts";
import { useConfig, useLocalizedText } from "../../config/use-config.ts";
import { Alert } from "../../ui/alert.tsx";
import { buttonLookClass } from "../../ui/button.tsx";
import { EmptyState } from "../../ui/empty-state.tsx";
import { PurposeCard, type ChangeKind, type Feedback } from "./purpose-card.tsx";
import { consentWrite, useChangeConsent, useConsentsShown } from "./use-change-consent.ts";

/** The message a saved change leaves, and the change that undoes it (none for an undo or a renewal). */
function savedFeedback(state: ConsentState, kind: ChangeKind, before: PurposeStatus | undefined, interest: boolean) {
  if (kind === "undo") return { kind: "saved" as const, messageKey: "consents.saved.undone", undo: null };
  if (kind === "renewal") return { kind: "saved" as const, messageKey: "consents.saved.renewed", undo: null };
  const messageKey =
    state === "granted"
      ? interest
        ? "consents.saved.objectionLifted"
        : "consents.saved.granted"
      : `consents.saved.${state}`;
  const undo: ConsentState | null =
    state === "granted" ? (interest ? "objected" : before?.status === "granted" ? null : "withdrawn") : "granted";
  return { kind: "saved" as const, messageKey, undo };
}

/** Every purpose with the customer's standing on it; each change saves at once, shown before the server answers. */
export function ConsentsView() {
  const { t } = useTranslation();
  const api = useApi();
  const config = useConfig();
  const text = useLocalizedText();
  const consents = useSuspenseQuery(consentsQuery(api));
  const session = useQuery(sessionQuery(api)).data;
  const change = useChangeConsent();
  const [now] = useState(() => new Date());
  const { shown, savingIds, waitingIds } = useConsentsShown(consents.data, now);
  const [feedback, setFeedback] = useState<Record<string, Feedback | null>>({});
  const readOnly = isReadOnlySupport(session);
  const gpcOn = browserSendsGpc();

  const save = (purposeId: string, state: ConsentState, kind: ChangeKind = "change") => {
    const purpose = config.purposes.find((candidate) => candidate.id === purposeId);
    const before = consents.data.purposes.find((status) => status.purposeId === purposeId);
    const write = consentWrite(purposeId, state);
    const run = () => {
      setFeedback((all) => ({ ...all, [purposeId]: null }));
      change.mutate(write, {
        onSuccess: () =>
          setFeedback((all) => ({
            ...all,
            [purposeId]: savedFeedback(state, kind, before, purpose?.legalBasis === "legitimate_interest"),
          })),
        onError: (error) => {
          const apiError =
            error instanceof ApiError ? error : new ApiError({ code: "network", message: String(error) });
          // A retry resends the same write with its key, so it can never apply twice; a conflict shows the fresh state instead.
          setFeedback((all) => ({
            ...all,
            [purposeId]: { kind: "failed", error: apiError, retry: apiError.code === "conflict" ? null : run },
          }));
        },
      });
    };
    run();
  };

  if (config.purposes.length === 0)
    return (
      <EmptyState
        Icon={ShieldCheck}
        title={t("consents.empty.title")}
        body={<p>{t("consents.empty.body")}</p>}
        action={
          <Link className={buttonLookClass("secondary")} to="/data">
            {t("consents.empty.action")}
          </Link>
        }
      />
    );

  const gpcPurposes = config.purposes.filter((purpose) => purpose.saleOrShare).map((purpose) => text(purpose.label));

  return (
    <div className="flex flex-col gap-6">
      {readOnly && (
        <Alert tone="info">
          <p>{t("consents.readOnly")}</p>
        </Alert>
      )}
      {gpcOn && (
        <Alert tone="info">
          <p>{t("consents.gpc.notice", { purposes: gpcPurposes.join(", ") })}</p>
        </Alert>
      )}
      <p>{t("consents.intro")}</p>
      <ul className="flex flex-col gap-4">
        {config.purposes.map((purpose) => {
          const status = shown.purposes.find((candidate) => candidate.purposeId === purpose.id);
          if (!status) return null;
          return (
            <PurposeCard
              key={purpose.id}
              purpose={purpose}
              status={status}
              records={consents.data.records}
              saving={savingIds.has(purpose.id)}
              waiting={waitingIds.has(purpose.id)}
              feedback={feedback[purpose.id] ?? null}
              disabled={readOnly}
              gpcOn={gpcOn}
              now={now}
              onChange={(state, kind) => save(purpose.id, state, kind)}
            />
          );
        })}
      </ul>
    </div>
  );
}
