/** Catalog analysis shared by the catalog parity test and `npm run i18n:missing`; no React. */
import { compileMessageOrThrow, type CompiledMessage } from "@lingui/message-utils/compileMessage";

export type Catalog = { [key: string]: string | Catalog };

/** Dotted key → text; an empty object counts as a key too (value null) so the nesting must match. */
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

/** The plural forms a locale's messages must give: exactly what Intl.PluralRules says the language has. */
export function pluralCategories(locale: string): string[] {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories.toSorted();
}

interface MessageShape {
  /** Placeholder names, plural and select arguments included. */
  placeholders: Set<string>;
  /** Each plural argument's forms as written ("one", "other", "=0"). */
  plurals: Map<string, Set<string>>;
}

/** What an ICU message asks for, read from Lingui's compiled form (so a text that does not parse throws). */
export function messageShape(text: string): MessageShape {
  const shape: MessageShape = { placeholders: new Set(), plurals: new Map() };
  const walk = (tokens: CompiledMessage) => {
    for (const token of tokens) {
      if (typeof token === "string") continue;
      const [name, type, format] = token;
      shape.placeholders.add(name);
      if (type !== "plural" && type !== "selectordinal" && type !== "select") continue;
      const choices = Object.entries(format as Record<string, CompiledMessage | number | undefined>).filter(
        (choice): choice is [string, CompiledMessage] => Array.isArray(choice[1]),
      );
      if (type === "plural")
        shape.plurals.set(name, new Set(choices.map(([key]) => (/^\d+$/.test(key) ? `=${key}` : key))));
      for (const [, choice] of choices) walk(choice);
    }
  };
  walk(compileMessageOrThrow(text));
  return shape;
}

const names = (set: Set<string>) => [...set].toSorted().join(", ");

/**
 * How a locale's message differs in shape from the English one: a placeholder lost or added, or a plural without
 * exactly the locale's own forms (plus `=0` where English words 0 apart).
 */
export function shapeProblems(english: string, text: string, locale: string): string[] {
  const reference = messageShape(english);
  const shape = messageShape(text);
  const problems: string[] = [];
  if (names(reference.placeholders) !== names(shape.placeholders))
    problems.push(`placeholders {${names(shape.placeholders)}}, en has {${names(reference.placeholders)}}`);
  for (const [name, forms] of reference.plurals) {
    const expected = new Set([...pluralCategories(locale), ...(forms.has("=0") ? ["=0"] : [])]);
    const actual = shape.plurals.get(name) ?? new Set<string>();
    const missing = [...expected].filter((form) => !actual.has(form));
    const extra = [...actual].filter((form) => !expected.has(form));
    if (missing.length > 0) problems.push(`${name}: plural forms missing: ${missing.join(", ")}`);
    if (extra.length > 0) problems.push(`${name}: plural forms ${locale} does not have: ${extra.join(", ")}`);
  }
  return problems;
}

export interface KeyDifference {
  missing: string[];
  extra: string[];
  /** Keys present in both whose message differs in shape from English, each with what is wrong. */
  misshapen: string[];
}

export function compareKeys(
  reference: ReadonlyMap<string, string | null>,
  catalog: ReadonlyMap<string, string | null>,
  locale: string,
): KeyDifference {
  const misshapen = [...catalog].flatMap(([key, text]) => {
    const english = reference.get(key);
    if (typeof english !== "string" || typeof text !== "string") return [];
    return shapeProblems(english, text, locale).map((problem) => `${key}: ${problem}`);
  });
  return {
    missing: [...reference.keys()].filter((key) => !catalog.has(key)).toSorted(),
    extra: [...catalog.keys()].filter((key) => !reference.has(key)).toSorted(),
    misshapen: misshapen.toSorted(),
  };
}
