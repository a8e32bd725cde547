import { describe, expect, it } from "vitest";
import { compareKeys, expectedKeys, flatten, pluralCategories, type Catalog } from "./catalog-keys.ts";

const appModules = import.meta.glob<Catalog>("./locales/*.json", { eager: true, import: "default" });
const emailModules = import.meta.glob<Catalog>("./email/*.json", { eager: true, import: "default" });
const catalogsOf = (modules: Record<string, Catalog>) =>
  Object.entries(modules).map(([path, catalog]) => ({
    locale: path.replace(/^.*\/(.+)\.json$/, "$1"),
    entries: flatten(catalog),
  }));

const marketLocales = ["en", "pt-BR", "it", "pl", "zh-TW"];
const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, "");

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*(.+?)\s*\}\}/g)].map((match) => match[1] ?? ""))].toSorted();
}

describe("expectedKeys", () => {
  const reference = new Map([
    ["title", "Title"],
    ["count_zero", "None"],
    ["count_one", "{{count}} item"],
    ["count_other", "{{count}} items"],
  ]);
  it("asks Polish for one, few, many and other, and Chinese only for other", () => {
    expect([...expectedKeys(reference, "pl")].toSorted()).toEqual(
      ["count_few", "count_many", "count_one", "count_other", "count_zero", "title"].toSorted(),
    );
    expect([...expectedKeys(reference, "zh-TW")].toSorted()).toEqual(["count_other", "count_zero", "title"]);
  });
  it("reports a missing Italian many form and a surplus English one", () => {
    const italian = new Map([...reference].filter(([key]) => key !== "count_one"));
    expect(compareKeys(reference, italian, "it")).toEqual({ missing: ["count_many", "count_one"], extra: [] });
    const english = new Map([...reference, ["count_many", "{{count}} items"]]);
    expect(compareKeys(reference, english, "en")).toEqual({ missing: [], extra: ["count_many"] });
  });
  it("keeps a plain key that only looks plural, like reason.too_many", () => {
    const plain = new Map([["reason.too_many", "Too many messages"]]);
    expect([...expectedKeys(plain, "zh-TW")]).toEqual(["reason.too_many"]);
  });
  it("reads the plural categories from Intl.PluralRules", () => {
    expect(pluralCategories("it")).toEqual(["many", "one", "other"]);
    expect(pluralCategories("pl")).toEqual(["few", "many", "one", "other"]);
  });
});

describe.each([
  ["app", catalogsOf(appModules)],
  ["email", catalogsOf(emailModules)],
])("%s translation catalogs", (_, catalogs) => {
  it("exist for every market locale", () => {
    expect(catalogs.map((catalog) => catalog.locale).toSorted()).toEqual(marketLocales.toSorted());
  });

  const reference = catalogs.find((catalog) => catalog.locale === "en")!;

  it.each(catalogs.map((catalog) => [catalog.locale, catalog] as const))(
    "%s has every key of en, in exactly its own plural forms",
    (locale, catalog) => {
      expect(compareKeys(reference.entries, catalog.entries, locale)).toEqual({ missing: [], extra: [] });
    },
  );

  it.each(catalogs.map((catalog) => [catalog.locale, catalog] as const))(
    "%s uses the same {{placeholders}} as en in every key",
    (_, catalog) => {
      const englishByBase = new Map([...reference.entries].map(([key, text]) => [pluralBase(key), text]));
      const mismatches = [...catalog.entries].flatMap(([key, text]) => {
        const english = reference.entries.get(key) ?? englishByBase.get(pluralBase(key));
        if (typeof english !== "string" || typeof text !== "string") return [];
        // A zero or one form may spell the number out instead of using {{count}}.
        const ignore = /_(zero|one)$/.test(key) ? ["count"] : [];
        const expected = placeholders(english).filter((name) => !ignore.includes(name));
        const actual = placeholders(text).filter((name) => !ignore.includes(name));
        return expected.join() === actual.join() ? [] : [{ key, expected, actual }];
      });
      expect(mismatches).toEqual([]);
    },
  );

  it.each(catalogs.map((catalog) => [catalog.locale, catalog] as const))("%s has no empty strings", (_, catalog) => {
    const empty = [...catalog.entries].filter(([, text]) => text !== null && text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });
});
