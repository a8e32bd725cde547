import type { Purpose } from "../contract/catalog.ts";
import type { ConsentChangeResult, ConsentRecord, ConsentState, Consents } from "../contract/consents.ts";
import { purposeStatuses } from "./consents.ts";

/** Records are append-only, so their count is a version that only moves forward and needs no extra column. */
export function consentsVersion(records: readonly ConsentRecord[]): number {
  return records.length;
}

/**
 * What a consent change is decided on: every record in the order they were appended (the mock), or only each
 * purpose's newest (the server's current-state table), since a status depends on nothing else; and the version,
 * which counts every record either way.
 */
export interface ConsentLedger {
  records: readonly ConsentRecord[];
  version: number;
}

export const ledgerOf = (records: readonly ConsentRecord[]): ConsentLedger => ({
  records,
  version: consentsVersion(records),
});

/** Newest first; records of the same instant list the one appended last first. */
export const newestFirst = (records: readonly ConsentRecord[]): ConsentRecord[] =>
  records.toReversed().toSorted((a, b) => b.at.localeCompare(a.at));

/**
 * The consents answer both backends give: a status per configured purpose and every record, newest first.
 * `records` must be in the order they were appended. Given a ledger of newest records only, the answer lists only
 * those; the server then puts every stored record in their place (server/resources/consents.ts).
 */
export function consentsView(
  purposes: readonly Purpose[],
  recordsOrLedger: readonly ConsentRecord[] | ConsentLedger,
  now: Date,
): Consents {
  const { records, version } = "version" in recordsOrLedger ? recordsOrLedger : ledgerOf(recordsOrLedger);
  return { version, purposes: purposeStatuses(purposes, records, now), records: newestFirst(records) };
}

/**
 * The consents a client held, after a change it made was saved: the change's statuses and version, and its record
 * among the others newest first (before those of the same instant, as the one appended last). What the next
 * `GET /api/consents` lists, without fetching every record again.
 */
export function withChangeSaved(saved: Consents, change: ConsentChangeResult): Consents {
  const { record } = change;
  const after = saved.records.findIndex((other) => other.at <= record.at);
  const records = saved.records.toSpliced(after === -1 ? saved.records.length : after, 0, record);
  return { version: change.version, purposes: change.purposes, records };
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
