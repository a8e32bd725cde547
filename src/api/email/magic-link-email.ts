import { createInstance } from "i18next";
import en from "../../i18n/locales/en.json" with { type: "json" };
import ptBR from "../../i18n/locales/pt-BR.json" with { type: "json" };
import type { Locale } from "../contract/common.ts";

// One instance of its own, initialised synchronously, so the server and the mock can render without the SPA's i18n.
const i18n = createInstance();
void i18n.init({
  initAsync: false,
  lng: "en",
  fallbackLng: "en",
  resources: { en: { translation: en }, "pt-BR": { translation: ptBR } },
  // Plain-text mail: HTML escaping would mangle links and company names.
  interpolation: { escapeValue: false },
});

export interface MagicLinkEmailInput {
  locale: Locale;
  link: string;
  company: string;
  minutes: number;
}

/** The sign-in email in the person's language; locales without a catalog get English. */
export function renderMagicLinkEmail({ locale, link, company, minutes }: MagicLinkEmailInput): {
  subject: string;
  text: string;
} {
  const t = i18n.getFixedT(locale);
  return {
    subject: t("email.magicLink.subject", { company }),
    text: t("email.magicLink.text", { company, link, minutes }),
  };
}
