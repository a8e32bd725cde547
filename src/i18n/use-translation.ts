import { useLingui } from "@lingui/react";
import { useMemo } from "react";
import { changeLanguage, type LanguageState } from "./i18n.ts";
import { translate, type Translate } from "./translate.ts";

/**
 * `t(key, values)` in the language of the nearest I18nProvider, and that language; the page re-renders when it
 * changes or a catalog part arrives.
 */
export function useTranslation(): { t: Translate; i18n: LanguageState } {
  // Lingui hands out a new `i18n` (a proxy of the one instance) whenever the language or a loaded part changes.
  const { i18n } = useLingui();
  return useMemo(
    () => ({
      t: (key, values) => translate(i18n, key, values),
      i18n: { language: i18n.locale, changeLanguage },
    }),
    [i18n],
  );
}
