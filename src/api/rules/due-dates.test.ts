import { describe, expect, it } from "vitest";
import { dueDate, latestExtendedDueDate } from "./due-dates.ts";

const at = (iso: string) => new Date(iso);
const day = (date: Date | null) => date?.toISOString().slice(0, 10);

describe("dueDate", () => {
  it("gives EU requests one calendar month", () => {
    expect(day(dueDate("EU", "access", at("2026-01-10T09:00:00Z")))).toBe("2026-02-10");
  });
  it("clamps to the last day of a shorter month", () => {
    expect(day(dueDate("EU", "deletion", at("2026-01-31T09:00:00Z")))).toBe("2026-02-28");
  });
  it("gives Brazil 15 days for every type", () => {
    expect(day(dueDate("BR", "access", at("2026-03-01T12:00:00Z")))).toBe("2026-03-16");
    expect(day(dueDate("BR", "deletion", at("2026-03-01T12:00:00Z")))).toBe("2026-03-16");
  });
  it("gives California 45 days", () => {
    expect(day(dueDate("US-CA", "correction", at("2026-03-01T12:00:00Z")))).toBe("2026-04-15");
  });
  it("gives Taiwan 15 days for access and 30 for deletion", () => {
    expect(day(dueDate("TW", "access", at("2026-03-01T12:00:00Z")))).toBe("2026-03-16");
    expect(day(dueDate("TW", "deletion", at("2026-03-01T12:00:00Z")))).toBe("2026-03-31");
  });
});

describe("latestExtendedDueDate", () => {
  it("allows two more months in the EU and none in Brazil", () => {
    expect(day(latestExtendedDueDate("EU", "access", at("2026-01-10T09:00:00Z")))).toBe("2026-04-10");
    expect(latestExtendedDueDate("BR", "access", at("2026-01-10T09:00:00Z"))).toBeNull();
  });
});
