import i18next from "i18next";
import resourcesToBackend from "i18next-resources-to-backend";
import { initReactI18next } from "react-i18next";
import { localeSchema, type Locale } from "../api/contract/common.ts";
import type { Catalog } from "./catalog-keys.ts";
import { intlFormatter } from "./intl-formatter.ts";
import { catalogLocales, pickLocale, type LocaleSources } from "./pick-locale.ts";
import { isPseudoLocale, pseudoCatalog, pseudoLocale, pseudoLocaleAvailable } from "./pseudo-locale.ts";

const choiceKey = "candor.locale";

async function loadCatalog(language: string): Promise<Catalog> {
  if (isPseudoLocale(language)) return pseudoCatalog((await import("./locales/en.json")).default);
  return ((await import(`./locales/${language}.json`)) as { default: Catalog }).default;
}

/** Catalogs load on demand so only the visitor's language is downloaded. */
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
  // reloadResources, not loadLanguages: i18next remembers a failed load and would not fetch it again.
  if (!i18next.hasResourceBundle(locale, "translation"))
    await i18next.reloadResources([locale], ["translation"]).catch(() => undefined);
  if (!i18next.hasResourceBundle(locale, "translation")) return previous === locale;
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
  return localeSchema.safeParse(language).data ?? "en";
}
