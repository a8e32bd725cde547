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
  it("falls back to the operator default for unknown or uncatalogued locales", () => {
    expect(pickLocale({ ...base, subject: "it", browser: ["fr-FR"] })).toBe("en");
  });
});
