import { describe, expect, it } from "vitest";
import { relativeDays } from "./format.ts";

const now = new Date(2026, 11, 1, 9, 30);

describe("relativeDays", () => {
  it("counts calendar days, whatever the hour", () => {
    expect(relativeDays(new Date(2026, 11, 2, 23, 0).toISOString(), now, "en")).toBe("tomorrow");
    expect(relativeDays(new Date(2026, 11, 15, 1, 0).toISOString(), now, "en")).toBe("in 14 days");
  });
  it("speaks each market's language", () => {
    const dueIn3 = new Date(2026, 11, 4).toISOString();
    expect(relativeDays(dueIn3, now, "pl")).toBe("za 3 dni");
    expect(relativeDays(dueIn3, now, "it")).toBe("tra 3 giorni");
    expect(relativeDays(dueIn3, now, "pt-BR")).toBe("em 3 dias");
    expect(relativeDays(dueIn3, now, "zh-TW")).toBe("3 天後");
  });
});
