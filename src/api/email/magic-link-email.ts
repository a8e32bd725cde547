import type { Locale } from "../contract/common.ts";
import { emailTexts } from "./email-i18n.ts";

export interface MagicLinkEmailInput {
  locale: Locale;
  link: string;
  company: string;
  minutes: number;
}

/** The sign-in email in the person's language: emails cover every market's locale, ahead of the app's catalogs. */
export function renderMagicLinkEmail({ locale, link, company, minutes }: MagicLinkEmailInput): {
  subject: string;
  text: string;
} {
  const t = emailTexts(locale);
  return {
    subject: t("magicLink.subject", { company }),
    text: t("magicLink.text", { company, link, minutes }),
  };
}
