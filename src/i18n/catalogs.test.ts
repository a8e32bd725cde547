import { describe, expect, it } from "vitest";

type Catalog = { [key: string]: string | Catalog };

const appModules = import.meta.glob<Catalog>("./locales/*.json", { eager: true, import: "default" });
const emailModules = import.meta.glob<Catalog>("./email/*.json", { eager: true, import: "default" });
const catalogsOf = (modules: Record<string, Catalog>) =>
  Object.entries(modules).map(([path, catalog]) => ({
    locale: path.replace(/^.*\/(.+)\.json$/, "$1"),
    entries: flatten(catalog),
  }));

/** Dotted key → string; an empty object counts as a key too (value null) so the nesting must match. */
function flatten(node: Catalog, prefix = "", into = new Map<string, string | null>()): Map<string, string | null> {
  const keys = Object.keys(node);
  if (keys.length === 0 && prefix) into.set(prefix, null);
  for (const key of keys) {
    const path = prefix ? `${prefix}.${key}` : key;
    const value = node[key];
    if (typeof value === "string") into.set(path, value);
    else if (value && typeof value === "object" && !Array.isArray(value)) flatten(value, path, into);
    else throw new Error(`${path} is neither a string nor an object`);
  }
  return into;
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*(.+?)\s*\}\}/g)].map((match) => match[1] ?? ""))].toSorted();
}

describe.each([
  ["app", catalogsOf(appModules)],
  ["email", catalogsOf(emailModules)],
])("%s translation catalogs", (_, catalogs) => {
  it("includes English and at least one other language", () => {
    expect(catalogs.map((catalog) => catalog.locale)).toContain("en");
    expect(catalogs.length).toBeGreaterThan(1);
  });

  const [reference] = catalogs.filter((catalog) => catalog.locale === "en");

  it.each(catalogs.map((catalog) => [catalog.locale, catalog] as const))("%s has the same keys as en", (_, catalog) => {
    expect([...catalog.entries.keys()].toSorted()).toEqual([...reference!.entries.keys()].toSorted());
  });

  it.each(catalogs.map((catalog) => [catalog.locale, catalog] as const))(
    "%s uses the same {{placeholders}} as en in every key",
    (_, catalog) => {
      const mismatches = [...reference!.entries].flatMap(([key, text]) => {
        const other = catalog.entries.get(key);
        if (typeof text !== "string" || typeof other !== "string") return [];
        const expected = placeholders(text);
        const actual = placeholders(other);
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
