import type { Messages } from "@lingui/core";

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

/** Compiled messages with each one wrapped whole: its placeholders and plural forms keep working inside. */
export function pseudoMessages(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, message]) => [
      key,
      typeof message === "string" ? pseudoText(message) : ["⟦", ...message, "⟧"],
    ]),
  );
}
