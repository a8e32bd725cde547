import { createInstance } from "i18next";
import en from "../../i18n/email/en.json" with { type: "json" };
import it from "../../i18n/email/it.json" with { type: "json" };
import pl from "../../i18n/email/pl.json" with { type: "json" };
import ptBR from "../../i18n/email/pt-BR.json" with { type: "json" };
import zhTW from "../../i18n/email/zh-TW.json" with { type: "json" };
import type { Locale } from "../contract/common.ts";

// One instance of its own, initialised synchronously, so the server and the mock can render without the SPA's i18n.
const i18n = createInstance();
void i18n.init({
  initAsync: false,
  lng: "en",
  fallbackLng: "en",
  resources: {
    en: { translation: en },
    "pt-BR": { translation: ptBR },
    it: { translation: it },
    pl: { translation: pl },
    "zh-TW": { translation: zhTW },
  },
  // Plain-text mail: HTML escaping would mangle links and company names.
  interpolation: { escapeValue: false },
});

/** The email catalogs' texts in one locale (English where a key is missing). */
export const emailTexts = (locale: Locale) => i18n.getFixedT(locale);
