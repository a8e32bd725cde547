import i18next from "i18next";
import resourcesToBackend from "i18next-resources-to-backend";
import { initReactI18next } from "react-i18next";
import type { Locale } from "../api/contract/common.ts";
import { catalogLocales } from "./pick-locale.ts";

const choiceKey = "candor.locale";

/** Catalogs load on demand so only the visitor's language is downloaded. */
export async function initI18n(locale: Locale): Promise<typeof i18next> {
  i18next.on("languageChanged", (language) => {
    document.documentElement.lang = language;
  });
  await i18next
    .use(initReactI18next)
    .use(resourcesToBackend((language: string) => import(`./locales/${language}.json`)))
    .init({
      lng: locale,
      fallbackLng: "en",
      supportedLngs: [...catalogLocales],
      load: "currentOnly",
      interpolation: { escapeValue: false },
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
