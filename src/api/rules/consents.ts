import type { Purpose } from "../contract/catalog.ts";
import type { ConsentRecord, ConsentState, PurposeStatus } from "../contract/consents.ts";

const dayMs = 86_400_000;

/** How long before a consent lapses the page offers to renew it. */
export const renewalWindowDays = 30;

function latestRecord(purpose: Purpose, records: readonly ConsentRecord[]): ConsentRecord | null {
  return records
    .filter((record) => record.purposeId === purpose.id)
    .reduce<ConsentRecord | null>((newest, record) => (!newest || record.at >= newest.at ? record : newest), null);
}

/**
 * A purpose's status from its newest record. Records are in the order they were appended, so of two made in the
 * same millisecond the later one wins. A consent past its lifetime is `expired` and, like a withdrawal, not in
 * use; a legitimate-interest purpose is in use until the person objects; contract and legal-obligation purposes
 * are not a choice.
 */
export function purposeStatus(purpose: Purpose, records: readonly ConsentRecord[], now: Date): PurposeStatus {
  const latest = latestRecord(purpose, records);
  const base = { purposeId: purpose.id, since: latest?.at ?? null, expiresAt: null };
  if (purpose.legalBasis === "legitimate_interest") {
    const objected = latest?.state === "objected";
    return { ...base, status: objected ? "objected" : "not_objected", inUse: !objected };
  }
  if (purpose.legalBasis !== "consent") return { ...base, status: "never_asked", inUse: true };
  if (!latest) return { ...base, status: "never_asked", inUse: false };
  if (latest.state !== "granted") return { ...base, status: "withdrawn", inUse: false };
  const expiresAt = purpose.consentLifetimeDays
    ? new Date(new Date(latest.at).getTime() + purpose.consentLifetimeDays * dayMs)
    : null;
  const expired = expiresAt !== null && expiresAt <= now;
  return {
    ...base,
    status: expired ? "expired" : "granted",
    inUse: !expired,
    expiresAt: expiresAt?.toISOString() ?? null,
  };
}

export function purposeStatuses(
  purposes: readonly Purpose[],
  records: readonly ConsentRecord[],
  now: Date,
): PurposeStatus[] {
  return purposes.map((purpose) => purposeStatus(purpose, records, now));
}

/**
 * The choices a purpose offers: consent is given and withdrawn; legitimate interest is objected to and the
 * objection lifted (recorded as `granted`); a contract or a legal obligation offers none.
 */
export function allowedStates(purpose: Pick<Purpose, "legalBasis">): readonly ConsentState[] {
  if (purpose.legalBasis === "consent") return ["granted", "withdrawn"];
  if (purpose.legalBasis === "legitimate_interest") return ["objected", "granted"];
  return [];
}

/** The state that stops a purpose: a withdrawal for consent, an objection for legitimate interest. */
export function optOutState(purpose: Pick<Purpose, "legalBasis">): ConsentState {
  return purpose.legalBasis === "legitimate_interest" ? "objected" : "withdrawn";
}

/** A consent that lapses within the renewal window (and has not lapsed yet) may be renewed ahead of time. */
export function renewalDue(status: PurposeStatus, now: Date): boolean {
  if (status.status !== "granted" || !status.expiresAt) return false;
  return new Date(status.expiresAt).getTime() - now.getTime() <= renewalWindowDays * dayMs;
}

/**
 * Which sale-or-share purposes a Global Privacy Control signal opts out now (CCPA §7025): those in use, unless
 * the person turned one on again themselves after a GPC opt-out of it (§7025(c)(3): they confirmed the
 * business-specific setting). Applying it twice changes nothing the second time.
 */
export function gpcOptOuts(purposes: readonly Purpose[], records: readonly ConsentRecord[], now: Date): Purpose[] {
  return purposes.filter((purpose) => {
    if (!purpose.saleOrShare || allowedStates(purpose).length === 0) return false;
    if (!purposeStatus(purpose, records, now).inUse) return false;
    const own = records.filter((record) => record.purposeId === purpose.id);
    const lastGpc = own.findLastIndex((record) => record.method === "gpc");
    return lastGpc === -1 || !own.slice(lastGpc + 1).some((record) => record.state === "granted");
  });
}
