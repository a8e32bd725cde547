import type { Purpose } from "../contract/catalog.ts";
import type { ConsentRecord, ConsentState, Consents } from "../contract/consents.ts";
import { purposeStatuses } from "./consents.ts";

/** Records are append-only, so their count is a version that only moves forward and needs no extra column. */
export function consentsVersion(records: readonly ConsentRecord[]): number {
  return records.length;
}

/**
 * The consents answer both backends give: a status per configured purpose and every record, newest first.
 * `records` must be in the order they were appended; records of the same instant then list the latest first.
 */
export function consentsView(purposes: readonly Purpose[], records: readonly ConsentRecord[], now: Date): Consents {
  return {
    version: consentsVersion(records),
    purposes: purposeStatuses(purposes, records, now),
    records: records.toReversed().toSorted((a, b) => b.at.localeCompare(a.at)),
  };
}

/**
 * The statuses as they will be once the pending changes are saved, by the same rule the backends use: each
 * change counts as a record made now. Only the statuses are previewed; records and receipts come from the server.
 */
export function previewConsentChanges(
  saved: Consents,
  pending: ReadonlyArray<{ purposeId: string; state: ConsentState }>,
  purposes: readonly Purpose[],
  now: Date,
): Consents {
  if (pending.length === 0) return saved;
  const at = new Date(Math.max(now.getTime(), ...saved.records.map((record) => Date.parse(record.at)))).toISOString();
  const pendingRecords = pending.map((change, index): ConsentRecord => ({
    id: `pending-${index}`,
    purposeId: change.purposeId,
    state: change.state,
    at,
    method: "privacy_center",
    textVersion: "pending",
    actor: { kind: "customer" },
    receiptId: `pending-${index}`,
  }));
  return {
    ...saved,
    purposes: purposeStatuses(purposes, [...saved.records.toReversed(), ...pendingRecords], now),
  };
}
