import { describe, expect, it } from "vitest";
import type { Purpose } from "../contract/catalog.ts";
import type { ConsentRecord } from "../contract/consents.ts";
import { consentsView, withChangeSaved } from "./consent-view.ts";

const purpose: Purpose = {
  id: "analytics",
  label: { en: "Analytics" },
  description: { en: "Profiling" },
  legalBasis: "consent",
  recipients: ["Us"],
  retention: { en: "13 months" },
  consentLifetimeDays: 30,
  saleOrShare: false,
  textVersion: "1",
};
const record = (id: string, at: string, state: "granted" | "withdrawn"): ConsentRecord => ({
  id,
  purposeId: "analytics",
  state,
  at,
  method: "privacy_center",
  textVersion: "1",
  actor: { kind: "customer" },
  receiptId: `r-${id}`,
});

describe("consentsView", () => {
  it("counts records as the version and lists them newest first", () => {
    const view = consentsView(
      [purpose],
      [record("a", "2026-01-01T00:00:00.000Z", "granted"), record("b", "2026-01-05T00:00:00.000Z", "withdrawn")],
      new Date("2026-01-10T00:00:00Z"),
    );
    expect(view.version).toBe(2);
    expect(view.records.map((r) => r.id)).toEqual(["b", "a"]);
    expect(view.purposes).toEqual([
      { purposeId: "analytics", status: "withdrawn", inUse: false, since: "2026-01-05T00:00:00.000Z", expiresAt: null },
    ]);
  });
  it("says never_asked with no records", () => {
    expect(consentsView([purpose], [], new Date()).purposes[0]?.status).toBe("never_asked");
  });
});

describe("records made in the same instant", () => {
  it("lets the later one decide the status and list first", () => {
    const at = "2026-01-05T00:00:00.000Z";
    const view = consentsView(
      [purpose],
      [record("x", at, "granted"), record("a", at, "withdrawn")],
      new Date("2026-01-06T00:00:00Z"),
    );
    expect(view.purposes[0]?.status).toBe("withdrawn");
    expect(view.records.map((r) => r.id)).toEqual(["a", "x"]);
  });
});

describe("withChangeSaved", () => {
  const now = new Date("2026-01-10T00:00:00Z");
  const saved = consentsView(
    [purpose],
    [record("a", "2026-01-01T00:00:00.000Z", "granted"), record("b", "2026-01-05T00:00:00.000Z", "withdrawn")],
    now,
  );
  const changeTo = (made: ConsentRecord) =>
    withChangeSaved(saved, { version: 3, purposes: consentsView([purpose], [made], now).purposes, record: made });

  it("lists what the change made as a read after it would: its statuses, version and the record among the others", () => {
    const made = record("c", "2026-01-05T00:00:00.000Z", "granted");
    const shown = changeTo(made);
    expect(shown).toEqual(
      consentsView([purpose], [record("a", "2026-01-01T00:00:00.000Z", "granted"), saved.records[0]!, made], now),
    );
    // Of two records of the same instant, the one made last comes first.
    expect(shown.records.map((r) => r.id)).toEqual(["c", "b", "a"]);
  });

  it("puts a record stamped earlier than a stored one (clocks of two servers disagree) after it", () => {
    expect(changeTo(record("c", "2026-01-03T00:00:00.000Z", "granted")).records.map((r) => r.id)).toEqual([
      "b",
      "c",
      "a",
    ]);
  });
});
