import type { Locale } from "../api/contract/common.ts";

/** Locales the app has a catalog for; a subject's locale outside this list falls back. */
export const catalogLocales: readonly Locale[] = ["en", "pt-BR", "it", "pl", "zh-TW"];

export interface LocaleSources {
  chosen: string | null;
  subject: string | null;
  browser: readonly string[];
  enabled: readonly Locale[];
  fallback: Locale;
}

function match(candidate: string, available: readonly Locale[]): Locale | undefined {
  const lower = candidate.toLowerCase();
  return (
    available.find((locale) => locale.toLowerCase() === lower) ??
    available.find((locale) => locale.split("-")[0]?.toLowerCase() === lower.split("-")[0])
  );
}

/** The person's own choice, else the signed-in subject's locale, else the browser's, else the operator's default. */
export function pickLocale(sources: LocaleSources): Locale {
  const available = sources.enabled.filter((locale) => catalogLocales.includes(locale));
  const candidates = [sources.chosen, sources.subject, ...sources.browser].filter((c): c is string => Boolean(c));
  for (const candidate of candidates) {
    const found = match(candidate, available);
    if (found) return found;
  }
  return available.includes(sources.fallback) ? sources.fallback : (available[0] ?? "en");
}
