import { setupI18n, type Messages } from "@lingui/core";
import { locales, type Locale } from "../api/contract/locales.ts";
import type { CatalogPart } from "./catalog-parts.ts";
import { pickLocale, type LocaleSources } from "./pick-locale.ts";
import { isPseudoLocale, pseudoMessages } from "./pseudo-locale.ts";

const choiceKey = "candor.locale";

/** The app's one Lingui instance; the server's prerender makes one per language instead (src/ssr). */
export const appI18n = setupI18n();

// Each locale's catalog in its two parts (catalog-parts.ts), compiled by build/catalog-parts-plugin.ts.
type Parts = Record<string, () => Promise<Messages>>;
const partsOf: Record<CatalogPart, Parts> = {
  public: import.meta.glob<Messages>("./locales/*.json", { query: { part: "public" }, import: "default" }),
  signedIn: import.meta.glob<Messages>("./locales/*.json", { query: { part: "signedIn" }, import: "default" }),
};

/** The parts this page has needed so far: a language switched to must bring all of them. */
const neededParts = new Set<CatalogPart>(["public"]);
const loadedParts = new Map<string, Set<CatalogPart>>();

async function loadParts(language: string, parts: Iterable<CatalogPart>): Promise<void> {
  const loaded = loadedParts.get(language) ?? new Set();
  const missing = [...parts].filter((part) => !loaded.has(part));
  // Loading tells every translated component to render again: nothing to load, nothing to tell.
  if (missing.length === 0) return;
  const messages = await Promise.all(
    missing.map(async (part) => {
      const load = partsOf[part][`./locales/${isPseudoLocale(language) ? "en" : language}.json`];
      if (!load) throw new Error(`No catalog for ${language}`);
      return isPseudoLocale(language) ? pseudoMessages(await load()) : load();
    }),
  );
  // All or nothing, so a part that failed is asked for again next time.
  appI18n.load(language, Object.assign({}, ...messages));
  loadedParts.set(language, new Set([...loaded, ...missing]));
}

function activate(language: string): void {
  appI18n.activate(language);
  document.documentElement.lang = language;
}

/**
 * Moves the page to another language once every part it has needed so far is loaded in it; when one cannot be
 * (offline, server gone), this rejects and the page stays in the language it was in.
 */
export async function changeLanguage(language: string): Promise<void> {
  await loadParts(language, neededParts);
  activate(language);
}

/**
 * The sections only signed-in pages use, in the current language (and in any language switched to later).
 * Route modules of the signed-in shell wait for it.
 */
export async function loadSignedInCatalog(): Promise<void> {
  neededParts.add("signedIn");
  // No language yet: the server's prerender, whose own instances hold every part; the browser has one from boot.
  if (!appI18n.locale) return;
  await loadParts(appI18n.locale, neededParts);
}

/** The language a page is in, and how to move it to another one (its catalog parts are loaded first). */
export interface LanguageState {
  readonly language: string;
  changeLanguage: (locale: string) => Promise<void>;
}

/**
 * Catalogs load on demand so only the visitor's language, and only the part its page needs, is downloaded. A
 * catalog that cannot be fetched still leaves the language active, so the boot screens render (with keys as text).
 */
export async function initI18n(locale: string): Promise<LanguageState> {
  await changeLanguage(locale).catch((error: unknown) => {
    console.error(error);
    activate(locale);
  });
  return {
    get language() {
      return appI18n.locale;
    },
    changeLanguage,
  };
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
  const previous = appI18n.locale;
  const loaded = await loadParts(locale, neededParts).then(
    () => true,
    () => false,
  );
  if (!loaded) return previous === locale;
  localStorage.setItem(choiceKey, locale);
  activate(locale);
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
