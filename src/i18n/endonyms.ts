import type { Locale } from "../api/contract/common.ts";

/** Written in by Vite's `define` from build/locale-endonyms.ts (vite.config.ts): one name per catalog locale. */
declare const CANDOR_LOCALE_ENDONYMS: Readonly<Record<string, string>>;

/** A catalog language named in itself. */
export const endonymOf = (locale: Locale): string => CANDOR_LOCALE_ENDONYMS[locale] ?? locale;
