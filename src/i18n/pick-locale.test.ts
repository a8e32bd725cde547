import { describe, expect, it } from "vitest";
import { pickLocale, type LocaleSources } from "./pick-locale.ts";

const base: LocaleSources = { chosen: null, subject: null, browser: [], enabled: ["en", "pt-BR"], fallback: "en" };

describe("pickLocale", () => {
  it("prefers the signed-in subject's locale over the browser's", () => {
    expect(pickLocale({ ...base, subject: "pt-BR", browser: ["en-US"] })).toBe("pt-BR");
  });
  it("matches a browser language by its base tag", () => {
    expect(pickLocale({ ...base, browser: ["pt-PT", "en"] })).toBe("pt-BR");
  });
  it("lets the person's own choice win", () => {
    expect(pickLocale({ ...base, chosen: "en", subject: "pt-BR" })).toBe("en");
  });
  it("finds Polish, Italian and Taiwanese Chinese when the operator enables them", () => {
    const enabled = ["en", "pt-BR", "it", "pl", "zh-TW"] as const;
    expect(pickLocale({ ...base, enabled, subject: "pl" })).toBe("pl");
    expect(pickLocale({ ...base, enabled, browser: ["it-IT"] })).toBe("it");
    expect(pickLocale({ ...base, enabled, browser: ["zh-TW", "en"] })).toBe("zh-TW");
  });
  it("falls back to the operator default for locales the operator has not enabled", () => {
    expect(pickLocale({ ...base, subject: "it", browser: ["fr-FR"] })).toBe("en");
  });
});
