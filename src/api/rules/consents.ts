import type { Purpose } from "../contract/catalog.ts";
import type { ConsentRecord, PurposeStatus } from "../contract/consents.ts";

const dayMs = 86_400_000;

/**
 * A purpose's status from its newest record; a consent past its lifetime counts as expired. Records are in the
 * order they were appended, so of two made in the same millisecond the later one wins.
 */
export function purposeStatus(purpose: Purpose, records: readonly ConsentRecord[], now: Date): PurposeStatus {
  const latest = records
    .filter((record) => record.purposeId === purpose.id)
    .reduce<ConsentRecord | null>((newest, record) => (!newest || record.at >= newest.at ? record : newest), null);
  if (!latest) return { purposeId: purpose.id, status: "never_asked", since: null, expiresAt: null };
  if (latest.state === "withdrawn")
    return { purposeId: purpose.id, status: "withdrawn", since: latest.at, expiresAt: null };
  const expiresAt = purpose.consentLifetimeDays
    ? new Date(new Date(latest.at).getTime() + purpose.consentLifetimeDays * dayMs)
    : null;
  const expired = expiresAt !== null && expiresAt <= now;
  return {
    purposeId: purpose.id,
    status: expired ? "expired" : "granted",
    since: latest.at,
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
