import { useTranslation } from "../../i18n/use-translation.ts";
import type { Purpose } from "../../api/contract/catalog.ts";
import type { Actor } from "../../api/contract/common.ts";
import type { ConsentRecord } from "../../api/contract/consents.ts";

/**
 * What one record did, in words: given, withdrawn, objected, the objection lifted, or renewed (a consent given
 * while the last record of the purpose was already a consent). `older` are the purpose's earlier records.
 */
export function choiceKey(purpose: Pick<Purpose, "legalBasis">, record: ConsentRecord, older: ConsentRecord | null) {
  if (record.state !== "granted") return `consents.choice.${record.state}`;
  if (purpose.legalBasis === "legitimate_interest") return "consents.choice.objectionLifted";
  return older?.state === "granted" ? "consents.choice.renewed" : "consents.choice.granted";
}

/** How and by whom, as the history and the receipt say it. */
export function useRecordWords() {
  const { t } = useTranslation();
  return {
    method: (record: ConsentRecord) => t(`consents.method.${record.method}`),
    actor: (actor: Actor) =>
      actor.kind === "support"
        ? t("activity.actor.support", { name: actor.agentName, reason: actor.reason })
        : t(`activity.actor.${actor.kind}`),
    /** The actor standing alone, as the receipt's "By whom" says it. */
    actorAlone: (actor: Actor) =>
      actor.kind === "support"
        ? t("consents.actor.support", { name: actor.agentName, reason: actor.reason })
        : t(`consents.actor.${actor.kind}`),
  };
}

/** A purpose's records, newest first, each with the one before it (for "renewed"). */
export function recordsOf(purposeId: string, records: readonly ConsentRecord[]) {
  const own = records.filter((record) => record.purposeId === purposeId);
  return own.map((record, index) => ({ record, older: own[index + 1] ?? null }));
}
