import type { DataItem } from "../../api/contract/data.ts";

/** A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV Injection"). */
const formulaStart = /^[=+\-@\t\r]/;

/** Makes a cell inert text: a leading formula character gets a single quote before it, as OWASP advises. */
export function neutralisedCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting, applied after neutralising, so a quote or line break inside a value stays inside its cell. */
function quoted(value: string): string {
  const safe = neutralisedCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const csvColumns = [
  "family",
  "field",
  "value",
  "source",
  "collectedAt",
  "purposes",
  "legalBasis",
  "retention",
  "retentionEndsAt",
  "recipients",
] as const;

/** One row per item, the columns named in the header; lists are joined with "; ". CRLF line ends (RFC 4180). */
export function dataItemsCsv(items: readonly DataItem[]): string {
  const rows = items.map((item) => [
    item.family,
    item.field,
    item.value,
    item.source,
    item.collectedAt,
    item.purposeIds.join("; "),
    item.legalBasis,
    item.retention.rule,
    item.retention.endsAt ?? "",
    item.recipients.join("; "),
  ]);
  return [[...csvColumns], ...rows].map((row) => row.map(quoted).join(",")).join("\r\n") + "\r\n";
}
