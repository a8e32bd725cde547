import i18next from "i18next";
import resourcesToBackend from "i18next-resources-to-backend";
import { initReactI18next } from "react-i18next";
import { locales, type Locale } from "../api/contract/locales.ts";
import type { Catalog } from "./catalog-keys.ts";
import { namespaceOf, type CatalogPart } from "./catalog-parts.ts";
import { intlFormatter } from "./intl-formatter.ts";
import { catalogLocales, pickLocale, type LocaleSources } from "./pick-locale.ts";
import { isPseudoLocale, pseudoCatalog, pseudoLocale, pseudoLocaleAvailable } from "./pseudo-locale.ts";

const choiceKey = "candor.locale";

// Each locale's catalog in its two parts (catalog-parts.ts), built from the one file by build/catalog-parts-plugin.ts.
type Parts = Record<string, () => Promise<Catalog>>;
const publicParts: Parts = import.meta.glob<Catalog>("./locales/*.json", {
  query: { part: "public" },
  import: "default",
});
const signedInParts: Parts = import.meta.glob<Catalog>("./locales/*.json", {
  query: { part: "signedIn" },
  import: "default",
});
const partOf = (namespace: string): CatalogPart => (namespace === namespaceOf.signedIn ? "signedIn" : "public");

async function loadCatalog(language: string, namespace: string): Promise<Catalog> {
  const parts = partOf(namespace) === "signedIn" ? signedInParts : publicParts;
  const load = parts[`./locales/${isPseudoLocale(language) ? "en" : language}.json`];
  if (!load) throw new Error(`No catalog for ${language}`);
  return isPseudoLocale(language) ? pseudoCatalog(await load()) : load();
}

/**
 * The sections only signed-in pages use, in the current language (and in any language switched to later: i18next
 * loads every namespace it has for the new language). Route modules of the signed-in shell wait for it.
 */
export async function loadSignedInCatalog(): Promise<void> {
  await i18next.loadNamespaces(namespaceOf.signedIn);
}

/** Catalogs load on demand so only the visitor's language, and only the part its page needs, is downloaded. */
export async function initI18n(locale: string): Promise<typeof i18next> {
  i18next.on("languageChanged", (language) => {
    document.documentElement.lang = language;
  });
  await i18next
    .use(initReactI18next)
    .use(resourcesToBackend(loadCatalog))
    .use(intlFormatter)
    .init({
      lng: locale,
      fallbackLng: "en",
      supportedLngs: [...catalogLocales, ...(pseudoLocaleAvailable ? [pseudoLocale] : [])],
      load: "currentOnly",
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
      ns: [namespaceOf.public],
      defaultNS: namespaceOf.public,
      // A key not in the public part is looked up in the signed-in part, so callers never name a namespace.
      fallbackNS: namespaceOf.signedIn,
    });
  return i18next;
}

/** The language a person picked in the switcher; not personal data, so it may live in localStorage. */
export function readLocaleChoice(): string | null {
  return localStorage.getItem(choiceKey);
}

/**
 * Switches to a language the person picked. Its catalog may have to be fetched; when it cannot be (offline, server
 * gone), the page stays in the language it was in and this answers false, so the switcher can say so.
 */
export async function chooseLocale(locale: Locale): Promise<boolean> {
  const previous = i18next.language;
  // Every part this page has loaded so far is needed in the new language too.
  const namespaces = [i18next.options.ns ?? namespaceOf.public].flat();
  const missing = () => namespaces.filter((namespace) => !i18next.hasResourceBundle(locale, namespace));
  // reloadResources, not loadLanguages: i18next remembers a failed load and would not fetch it again.
  if (missing().length > 0) await i18next.reloadResources([locale], missing()).catch(() => undefined);
  if (missing().length > 0) return previous === locale;
  localStorage.setItem(choiceKey, locale);
  await i18next.changeLanguage(locale);
  return true;
}

/** pickLocale, except that a chosen pseudo-locale (dev and test builds only) is kept as it is. */
export function resolveLocale(sources: LocaleSources): string {
  return sources.chosen && isPseudoLocale(sources.chosen) ? sources.chosen : pickLocale(sources);
}

/** The locale the API is told about: the pseudo-locale reads English, so the server writes English to it. */
export function contractLocale(language: string): Locale {
  return locales.find((locale) => locale === language) ?? "en";
}
