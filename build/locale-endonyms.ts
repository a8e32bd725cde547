import { catalogLocales } from "../src/i18n/pick-locale.ts";

/**
 * Each catalog language named in itself, by Intl.DisplayNames at build time: in the browser, building these five
 * loads five locales' ICU data, 45–150 ms of the main thread during hydration on a two-core machine (decision 0064).
 */
export function localeEndonyms(): Record<string, string> {
  return Object.fromEntries(
    catalogLocales.map((locale) => [
      locale,
      new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale,
    ]),
  );
}
