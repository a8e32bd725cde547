import type { Catalog } from "./catalog-keys.ts";

/**
 * A development/test-only language: English with every catalog and config text wrapped in ⟦…⟧, so an
 * end-to-end run can tell a translated text from one that bypassed the catalogs. Never offered in the switcher.
 */
export const pseudoLocale = "en-XA";

/** Dev server, unit tests and the mock (demo/e2e) build; a production build has no pseudo-locale at all. */
export const pseudoLocaleAvailable =
  import.meta.env.DEV || import.meta.env.MODE === "mock" || import.meta.env.MODE === "test";

export const isPseudoLocale = (language: string): boolean => pseudoLocaleAvailable && language === pseudoLocale;

export const pseudoText = (text: string): string => `⟦${text}⟧`;

export function pseudoCatalog(catalog: Catalog): Catalog {
  return Object.fromEntries(
    Object.entries(catalog).map(([key, value]) => [
      key,
      typeof value === "string" ? pseudoText(value) : pseudoCatalog(value),
    ]),
  );
}
