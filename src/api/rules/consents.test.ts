import { describe, expect, it } from "vitest";
import type { Purpose } from "../contract/catalog.ts";
import type { ConsentRecord, ConsentState } from "../contract/consents.ts";
import { consentsView, previewConsentChanges } from "./consent-view.ts";
import { gpcOptOuts, purposeStatus, renewalDue } from "./consents.ts";

const dayMs = 86_400_000;
const purpose = (id: string, extra: Partial<Purpose> = {}): Purpose => ({
  id,
  label: { en: id },
  description: { en: id },
  legalBasis: "consent",
  recipients: ["Us"],
  retention: { en: "a while" },
  saleOrShare: false,
  textVersion: "1",
  ...extra,
});
const record = (purposeId: string, state: ConsentState, at: Date, method: ConsentRecord["method"] = "privacy_center") =>
  ({
    id: `${purposeId}-${at.getTime()}`,
    purposeId,
    state,
    at: at.toISOString(),
    method,
    textVersion: "1",
    actor: { kind: "customer" },
    receiptId: `r-${at.getTime()}`,
  }) satisfies ConsentRecord;

const now = new Date("2026-06-01T00:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * dayMs);

const analytics = purpose("analytics", { consentLifetimeDays: 100 });
const due = (days: number, which = analytics) =>
  renewalDue(purposeStatus(which, [record(which.id, "granted", daysAgo(days))], now), now);

describe("renewalDue", () => {
  it("opens 30 days before a consent lapses, and not for a lapsed or lifelong one", () => {
    expect(due(69)).toBe(false);
    expect(due(70)).toBe(true);
    expect(due(99)).toBe(true);
    expect(due(100)).toBe(false);
    expect(due(99, purpose("analytics"))).toBe(false);
  });
});

describe("gpcOptOuts", () => {
  const ads = purpose("ads", { saleOrShare: true });
  const partners = purpose("partners", { saleOrShare: true });
  const interest = purpose("interest", { saleOrShare: true, legalBasis: "legitimate_interest" });
  const offers = purpose("offers");
  it("picks sale-or-share purposes in use, and not those already off or never given", () => {
    const records = [record("ads", "granted", daysAgo(5)), record("offers", "granted", daysAgo(5))];
    expect(gpcOptOuts([ads, partners, interest, offers], records, now).map((p) => p.id)).toEqual(["ads", "interest"]);
  });
  it("leaves a purpose the person turned on again after a GPC opt-out", () => {
    const records = [
      record("ads", "granted", daysAgo(5)),
      record("ads", "withdrawn", daysAgo(4), "gpc"),
      record("ads", "granted", daysAgo(3)),
    ];
    expect(gpcOptOuts([ads], records, now)).toEqual([]);
  });
});

describe("previewConsentChanges", () => {
  it("shows pending changes by the same status rule, later ones winning", () => {
    const ads = purpose("ads", { consentLifetimeDays: 10 });
    const saved = consentsView([ads], [record("ads", "granted", daysAgo(1))], now);
    const shown = previewConsentChanges(
      saved,
      [
        { purposeId: "ads", state: "withdrawn" },
        { purposeId: "ads", state: "granted" },
      ],
      [ads],
      now,
    );
    expect(shown.purposes[0]).toMatchObject({ status: "granted", inUse: true });
    expect(shown.records).toBe(saved.records);
    expect(
      previewConsentChanges(saved, [{ purposeId: "ads", state: "withdrawn" }], [ads], now).purposes[0],
    ).toMatchObject({ status: "withdrawn", inUse: false });
  });
});
