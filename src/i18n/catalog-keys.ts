/** Key analysis shared by the catalog parity test and `npm run i18n:missing`; no React, no i18next. */

export type Catalog = { [key: string]: string | Catalog };

const pluralSuffix = /^(.+)_(zero|one|two|few|many|other)$/;

/** Dotted key → string; an empty object counts as a key too (value null) so the nesting must match. */
export function flatten(
  node: Catalog,
  prefix = "",
  into = new Map<string, string | null>(),
): Map<string, string | null> {
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

/** The plural forms i18next looks up for a locale: exactly what Intl.PluralRules says the language has. */
export function pluralCategories(locale: string): string[] {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories.toSorted();
}

/**
 * The keys a locale's catalog must have, derived from the English one: plain keys as they are; a plural key
 * (one ending in _other in English) in the locale's own categories, plus _zero where English words 0 apart
 * (i18next uses _zero for a count of 0 in every language when the key exists).
 */
export function expectedKeys(reference: ReadonlyMap<string, unknown>, locale: string): Set<string> {
  const keys = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of reference.keys()) {
    const match = pluralSuffix.exec(key);
    if (!match) keys.add(key);
    else plurals.set(match[1]!, (plurals.get(match[1]!) ?? new Set()).add(match[2]!));
  }
  for (const [base, suffixes] of plurals) {
    if (!suffixes.has("other")) {
      for (const suffix of suffixes) keys.add(`${base}_${suffix}`);
      continue;
    }
    for (const category of pluralCategories(locale)) keys.add(`${base}_${category}`);
    if (suffixes.has("zero")) keys.add(`${base}_zero`);
  }
  return keys;
}

export interface KeyDifference {
  missing: string[];
  extra: string[];
}

export function compareKeys(
  reference: ReadonlyMap<string, unknown>,
  catalog: ReadonlyMap<string, unknown>,
  locale: string,
): KeyDifference {
  const expected = expectedKeys(reference, locale);
  return {
    missing: [...expected].filter((key) => !catalog.has(key)).toSorted(),
    extra: [...catalog.keys()].filter((key) => !expected.has(key)).toSorted(),
  };
}

/** The English text a translator works from for a key: the key itself, or its _other form for a plural. */
export function referenceText(reference: ReadonlyMap<string, string | null>, key: string): string | null {
  const match = pluralSuffix.exec(key);
  return reference.get(key) ?? (match ? (reference.get(`${match[1]}_other`) ?? null) : null);
}
