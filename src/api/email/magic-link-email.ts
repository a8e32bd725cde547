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

export interface MagicLinkEmailInput {
  locale: Locale;
  link: string;
  company: string;
  minutes: number;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The HTML part says exactly what the text part says, paragraph for paragraph, with the link clickable: one
 * catalog entry per language, so the two parts can never disagree.
 */
function htmlOf(locale: Locale, subject: string, text: string, link: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph.trim() === link
        ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`
        : `<p>${escapeHtml(paragraph).replaceAll("\n", "<br>")}</p>`,
    );
  return [
    "<!doctype html>",
    `<html lang="${locale}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body>${paragraphs.join("")}</body>`,
    "</html>",
  ].join("\n");
}

/** The sign-in email in the person's language: emails cover every market's locale, ahead of the app's catalogs. */
export function renderMagicLinkEmail({ locale, link, company, minutes }: MagicLinkEmailInput): {
  subject: string;
  text: string;
  html: string;
} {
  const t = i18n.getFixedT(locale);
  const subject = t("magicLink.subject", { company });
  const text = t("magicLink.text", { company, link, minutes });
  return { subject, text, html: htmlOf(locale, subject, text, link) };
}
