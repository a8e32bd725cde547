import { describe, expect, it } from "vitest";
import { compareKeys, flatten, messageShape, pluralCategories, shapeProblems, type Catalog } from "./catalog-keys.ts";

const appModules = import.meta.glob<Catalog>("./locales/*.json", { eager: true, import: "default" });
const emailModules = import.meta.glob<Catalog>("./email/*.json", { eager: true, import: "default" });
const catalogsOf = (modules: Record<string, Catalog>) =>
  Object.entries(modules).map(([path, catalog]) => ({
    locale: path.replace(/^.*\/(.+)\.json$/, "$1"),
    entries: flatten(catalog),
  }));

const marketLocales = ["en", "pt-BR", "it", "pl", "zh-TW"];

describe("message shapes", () => {
  const english = "{count, plural, =0 {None} one {# item for {name}} other {# items for {name}}}";
  it("asks Polish for one, few, many and other, and Chinese only for other, plus English's own =0", () => {
    expect(shapeProblems(english, "{count, plural, =0 {Nic} one {# dla {name}} other {# dla {name}}}", "pl")).toEqual([
      "count: plural forms missing: few, many",
    ]);
    expect(shapeProblems(english, "{count, plural, =0 {沒有} other {{name} 的 # 個}}", "zh-TW")).toEqual([]);
    expect(shapeProblems(english, "{count, plural, =0 {沒有} one {#} other {{name} 的 # 個}}", "zh-TW")).toEqual([
      "count: plural forms zh-TW does not have: one",
    ]);
  });
  it("reports a placeholder lost in translation", () => {
    expect(shapeProblems("Hello, {name}", "Ciao", "it")).toEqual(["placeholders {}, en has {name}"]);
  });
  it("refuses a text that is not ICU MessageFormat", () => {
    expect(() => messageShape("{count, plural, one {# item}")).toThrow("Unexpected message end");
  });
  it("reads the plural categories from Intl.PluralRules", () => {
    expect(pluralCategories("it")).toEqual(["many", "one", "other"]);
    expect(pluralCategories("pl")).toEqual(["few", "many", "one", "other"]);
  });
  it("reports missing and surplus keys", () => {
    const reference = new Map([
      ["title", "Title"],
      ["body", "Body"],
    ]);
    expect(
      compareKeys(
        reference,
        new Map([
          ["title", "Titolo"],
          ["extra", "In più"],
        ]),
        "it",
      ),
    ).toEqual({
      missing: ["body"],
      extra: ["extra"],
      misshapen: [],
    });
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
    "%s has every key of en, with the same placeholders and exactly its own plural forms",
    (locale, catalog) => {
      expect(compareKeys(reference.entries, catalog.entries, locale)).toEqual({
        missing: [],
        extra: [],
        misshapen: [],
      });
    },
  );

  it.each(catalogs.map((catalog) => [catalog.locale, catalog] as const))("%s has no empty strings", (_, catalog) => {
    const empty = [...catalog.entries].filter(([, text]) => text !== null && text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });
});
