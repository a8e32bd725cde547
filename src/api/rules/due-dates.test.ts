import { describe, expect, it } from "vitest";
import type { Jurisdiction } from "../contract/common.ts";
import { dueDate, isOverdue, latestExtendedDueDate, legalTimeZone } from "./due-dates.ts";

const at = (iso: string) => new Date(iso);
/** The calendar day and wall-clock time a deadline falls on in its jurisdiction's zone. */
const local = (jurisdiction: Jurisdiction, date: Date | null) =>
  date &&
  new Intl.DateTimeFormat("sv-SE", {
    timeZone: legalTimeZone(jurisdiction),
    dateStyle: "short",
    timeStyle: "medium",
  }).format(date);

describe("legalTimeZone", () => {
  it("names each market's zone", () => {
    expect(["EU", "BR", "US-CA", "TW", "other"].map((j) => legalTimeZone(j as Jurisdiction))).toEqual([
      "Europe/Brussels",
      "America/Sao_Paulo",
      "America/Los_Angeles",
      "Asia/Taipei",
      "UTC",
    ]);
  });
});

describe("dueDate", () => {
  it("gives EU requests one calendar month, ending at midnight in Central Europe", () => {
    expect(local("EU", dueDate("EU", "access", at("2026-01-10T09:00:00Z")))).toBe("2026-02-10 23:59:59");
    expect(dueDate("EU", "access", at("2026-01-10T09:00:00Z")).toISOString()).toBe("2026-02-10T22:59:59.000Z");
  });
  it("clamps to the last day of a shorter month, in leap years too", () => {
    expect(local("EU", dueDate("EU", "deletion", at("2026-01-31T09:00:00Z")))).toBe("2026-02-28 23:59:59");
    expect(local("EU", dueDate("EU", "deletion", at("2028-01-31T09:00:00Z")))).toBe("2028-02-29 23:59:59");
    expect(local("EU", dueDate("EU", "deletion", at("2026-03-31T09:00:00Z")))).toBe("2026-04-30 23:59:59");
  });
  it("counts from the day of receipt in the jurisdiction's zone, not in UTC", () => {
    // 23:30 UTC on 31 January is already 1 February in Brussels: due 1 March, not 28 February.
    expect(local("EU", dueDate("EU", "access", at("2026-01-31T23:30:00Z")))).toBe("2026-03-01 23:59:59");
    // 02:00 UTC on 10 March is still 9 March in California.
    expect(local("US-CA", dueDate("US-CA", "access", at("2026-03-10T02:00:00Z")))).toBe("2026-04-23 23:59:59");
    // 20:00 UTC on 1 March is already 2 March in Taipei.
    expect(local("TW", dueDate("TW", "access", at("2026-03-01T20:00:00Z")))).toBe("2026-03-17 23:59:59");
  });
  it("ends on the right wall-clock second across a change to summer time", () => {
    // EU clocks go forward on 29 March 2026: received in winter time, due in summer time (UTC+2).
    expect(dueDate("EU", "access", at("2026-03-10T12:00:00Z")).toISOString()).toBe("2026-04-10T21:59:59.000Z");
    // California goes forward on 8 March 2026: 45 days from 1 February: 18 March, 23:59:59 PDT (UTC−7).
    expect(dueDate("US-CA", "access", at("2026-02-01T20:00:00Z")).toISOString()).toBe("2026-03-19T06:59:59.000Z");
  });
  it("ends on the right wall-clock second across a change back to winter time", () => {
    // EU clocks go back on 25 October 2026.
    expect(dueDate("EU", "access", at("2026-10-10T12:00:00Z")).toISOString()).toBe("2026-11-10T22:59:59.000Z");
    // California goes back on 1 November 2026: due 15 November 23:59:59 PST (UTC−8).
    expect(dueDate("US-CA", "access", at("2026-10-01T19:00:00Z")).toISOString()).toBe("2026-11-16T07:59:59.000Z");
  });
  it("gives Brazil 15 days for every type, in São Paulo time (no summer time since 2019)", () => {
    expect(dueDate("BR", "access", at("2026-03-01T12:00:00Z")).toISOString()).toBe("2026-03-17T02:59:59.000Z");
    expect(local("BR", dueDate("BR", "deletion", at("2026-03-01T12:00:00Z")))).toBe("2026-03-16 23:59:59");
    // 01:00 UTC on 2 March is still 1 March in São Paulo.
    expect(local("BR", dueDate("BR", "access", at("2026-03-02T01:00:00Z")))).toBe("2026-03-16 23:59:59");
  });
  it("gives California 45 days", () => {
    expect(local("US-CA", dueDate("US-CA", "correction", at("2026-03-01T20:00:00Z")))).toBe("2026-04-15 23:59:59");
  });
  it("gives Taiwan 15 days for access and 30 for deletion, across a month end", () => {
    expect(local("TW", dueDate("TW", "access", at("2026-03-01T04:00:00Z")))).toBe("2026-03-16 23:59:59");
    expect(local("TW", dueDate("TW", "deletion", at("2026-03-01T04:00:00Z")))).toBe("2026-03-31 23:59:59");
    expect(dueDate("TW", "deletion", at("2026-12-10T04:00:00Z")).toISOString()).toBe("2027-01-09T15:59:59.000Z");
  });
  it("shows the due calendar day in the legal zone whatever the reader's zone", () => {
    const due = dueDate("EU", "access", at("2026-11-14T10:00:00Z"));
    const shown = new Intl.DateTimeFormat("pl", { dateStyle: "medium", timeZone: legalTimeZone("EU") }).format(due);
    const inWarsaw = new Intl.DateTimeFormat("pl", { dateStyle: "medium", timeZone: "Europe/Warsaw" }).format(due);
    expect(shown).toBe(inWarsaw);
    expect(shown).toMatch(/14 gru 2026/);
  });
});

describe("latestExtendedDueDate", () => {
  it("allows two more months in the EU and none in Brazil", () => {
    expect(local("EU", latestExtendedDueDate("EU", "access", at("2026-01-10T09:00:00Z")))).toBe("2026-04-10 23:59:59");
    expect(latestExtendedDueDate("BR", "access", at("2026-01-10T09:00:00Z"))).toBeNull();
  });
  it("adds California's and Taiwan's extensions to the first due day", () => {
    expect(local("US-CA", latestExtendedDueDate("US-CA", "access", at("2026-03-01T20:00:00Z")))).toBe(
      "2026-05-30 23:59:59",
    );
    expect(local("TW", latestExtendedDueDate("TW", "access", at("2026-03-01T04:00:00Z")))).toBe("2026-03-31 23:59:59");
  });
});

describe("isOverdue", () => {
  // Received in Taipei on 1 March: an access request is due by the end of 16 March, Taipei time (15:59:59 UTC).
  const due = dueDate("TW", "access", new Date("2026-03-01T02:00:00Z"));
  const request = { status: "in_progress" as const, dueAt: due.toISOString(), extension: null };

  it("is not overdue on the due day itself, in the law's zone, even where the reader's day has turned", () => {
    expect(due.toISOString()).toBe("2026-03-16T15:59:59.000Z");
    expect(isOverdue(request, new Date("2026-03-16T15:59:59Z"))).toBe(false);
  });

  it("is overdue once that day is over in the law's zone, though it is still the 16th in Europe", () => {
    expect(isOverdue(request, new Date("2026-03-16T16:00:00Z"))).toBe(true);
  });

  it("counts from the extended day when the request was extended", () => {
    const extended = { ...request, extension: { until: "2026-03-31T15:59:59.000Z", reason: "r", notifiedAt: "x" } };
    expect(isOverdue(extended, new Date("2026-03-20T00:00:00Z"))).toBe(false);
    expect(isOverdue(extended, new Date("2026-04-01T00:00:00Z"))).toBe(true);
  });

  it("is never overdue once answered, rejected or cancelled", () => {
    for (const status of ["completed", "rejected", "cancelled"] as const)
      expect(isOverdue({ ...request, status }, new Date("2027-01-01T00:00:00Z"))).toBe(false);
  });
});
