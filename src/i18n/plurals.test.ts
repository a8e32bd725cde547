import { setupI18n } from "@lingui/core";
import { describe, expect, it } from "vitest";
import type { Catalog } from "./catalog-keys.ts";
import { compileCatalog } from "./compile-catalog.ts";
import { translate } from "./translate.ts";

const catalogs = import.meta.glob<Catalog>("./locales/*.json", { eager: true, import: "default" });
const i18nOf = (locale: string) =>
  setupI18n({ locale, messages: { [locale]: compileCatalog(catalogs[`./locales/${locale}.json`]!) } });
const count = (locale: string, n: number) => translate(i18nOf(locale), "overview.channels.count", { count: n });
const showMore = (locale: string, left: number) => translate(i18nOf(locale), "data.showMore", { count: 5, left });

describe("plural forms as a reader sees them", () => {
  it("Polish: one, few (2–4, 22–24) and many (5–21, 25)", () => {
    expect([0, 1, 2, 4, 5, 12, 22, 25].map((n) => count("pl", n))).toEqual([
      "Żaden kanał nie jest włączony.",
      "Włączony jest 1 kanał.",
      "Włączone są 2 kanały.",
      "Włączone są 4 kanały.",
      "Włączonych jest 5 kanałów.",
      "Włączonych jest 12 kanałów.",
      "Włączone są 22 kanały.",
      "Włączonych jest 25 kanałów.",
    ]);
  });
  it("Italian and Portuguese: one and other, many for round millions", () => {
    expect([1, 3, 1_000_000].map((n) => count("it", n))).toEqual([
      "1 canale è attivo.",
      "3 canali sono attivi.",
      "1.000.000 di canali sono attivi.",
    ]);
    expect([1, 3].map((n) => count("pt-BR", n))).toEqual(["1 canal está ativado.", "3 canais estão ativados."]);
  });
  it("Chinese: one form for every number, and English its own zero", () => {
    expect([1, 3].map((n) => count("zh-TW", n))).toEqual(["已開啟 1 個管道。", "已開啟 3 個管道。"]);
    expect(count("en", 0)).toBe("No channels are on.");
    expect(count("en", 1)).toBe("1 channel is on.");
  });
  it("writes numbers in the reader's locale", () => {
    expect(count("pl", 12345)).toBe("Włączonych jest 12\u00a0345 kanałów.");
    expect(count("en", 12345)).toBe("12,345 channels are on.");
    // A number that picks no plural form is written the same way.
    expect(showMore("pl", 12345)).toContain("12\u00a0345");
    expect(showMore("en", 12345)).toBe("Show 5 more (12,345 left)");
  });
});
