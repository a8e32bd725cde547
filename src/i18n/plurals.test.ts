import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { intlFormatter } from "./intl-formatter.ts";
import en from "./locales/en.json" with { type: "json" };
import it_ from "./locales/it.json" with { type: "json" };
import pl from "./locales/pl.json" with { type: "json" };
import ptBR from "./locales/pt-BR.json" with { type: "json" };
import zhTW from "./locales/zh-TW.json" with { type: "json" };

const i18n = createInstance().use(intlFormatter);
await i18n.init({
  lng: "en",
  resources: {
    en: { translation: en },
    it: { translation: it_ },
    pl: { translation: pl },
    "pt-BR": { translation: ptBR },
    "zh-TW": { translation: zhTW },
  },
  interpolation: { escapeValue: false, alwaysFormat: true },
});
const count = (locale: string, n: number) => i18n.getFixedT(locale)("overview.channels.count", { count: n });

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
  });
});
