import type { Purpose } from "../contract/catalog.ts";
import type { ConsentRecord, Consents } from "../contract/consents.ts";
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
