import { describe, expect, it } from "vitest";
import { dataItemSchema, type DataItem } from "../../api/contract/data.ts";
import { dataExportSchemaVersion, dataItemsJson } from "./export-json.ts";

const items: DataItem[] = [
  {
    id: "data-1",
    family: "identity",
    field: "email",
    value: "<img src=x onerror=alert(1)>",
    masked: false,
    source: "signup_form",
    collectedAt: "2026-01-02T03:04:05.000Z",
    purposeIds: [],
    legalBasis: "contract",
    retention: { rule: "account", endsAt: null },
    recipients: ["Northwind"],
    correctable: true,
  },
];

describe("dataItemsJson", () => {
  const subject = { id: "s1", email: "a@example.com", name: "A", jurisdiction: "EU" as const };

  it("names its schema version, the subject and when it was made", () => {
    const file = JSON.parse(dataItemsJson(subject, items, new Date("2026-03-01T00:00:00Z"))) as Record<string, unknown>;
    expect(file.schemaVersion).toBe(dataExportSchemaVersion);
    expect(dataExportSchemaVersion).toBeGreaterThanOrEqual(1);
    expect(file.exportedAt).toBe("2026-03-01T00:00:00.000Z");
    expect(file.subject).toEqual(subject);
  });

  it("holds every item in the contract's shape, text kept exactly", () => {
    const file = JSON.parse(dataItemsJson(subject, items, new Date())) as { items: unknown[] };
    expect(file.items.map((entry) => dataItemSchema.parse(entry))).toEqual(items);
  });
});
