import { describe, expect, it } from "vitest";
import { dayFormat, hourCycleFor, momentFormat } from "./date-conventions.ts";

const evening = new Date("2026-11-24T17:27:00Z");

describe("momentFormat", () => {
  it("uses a 12-hour clock in English and a 24-hour clock in Portuguese, Italian, Polish and Chinese", () => {
    expect(momentFormat("en", "UTC").format(evening)).toMatch(/5:27\sPM/);
    const clocks = ["pt-BR", "it", "pl", "zh-TW"].map((locale) => momentFormat(locale, "UTC").format(evening));
    expect(clocks.filter((text) => !text.includes("17:27") || /PM|下午/.test(text))).toEqual([]);
    expect(hourCycleFor("zh-TW")).toBe("h23");
  });
  it("writes each locale's own date order and month names", () => {
    expect(momentFormat("it", "Europe/Rome").format(evening)).toMatch(/24 nov 2026.*18:27/);
    expect(momentFormat("pl", "Europe/Warsaw").format(evening)).toMatch(/24 lis 2026.*18:27/);
    expect(momentFormat("zh-TW", "Asia/Taipei").format(evening)).toMatch(/2026\/11\/25.*01:27/);
    expect(momentFormat("pt-BR", "America/Sao_Paulo").format(evening)).toMatch(/24 de nov\. de 2026.*14:27/);
  });
});

describe("dayFormat", () => {
  it("keeps a deadline's calendar day when given the legal zone", () => {
    const due = new Date("2026-12-14T22:59:59Z"); // 23:59:59 in Brussels and Warsaw
    expect(dayFormat("en", "Europe/Brussels").format(due)).toBe("Dec 14, 2026");
    expect(dayFormat("en", "Asia/Taipei").format(due)).toBe("Dec 15, 2026");
  });
});
