import { useEffect } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import type { Session } from "../../api/contract/session.ts";
import { useConfig } from "../../config/use-config.ts";
import { readLocaleChoice, resolveLocale } from "../../i18n/i18n.ts";

/** Once signed in, the app speaks the subject's language unless the person picked another one themselves. */
export function useSubjectLocale(session: Session | null | undefined): void {
  const { i18n } = useTranslation();
  const config = useConfig();
  const subjectLocale = session?.subject.locale ?? null;
  useEffect(() => {
    if (!subjectLocale) return;
    const locale = resolveLocale({
      chosen: readLocaleChoice(),
      subject: subjectLocale,
      browser: navigator.languages,
      enabled: config.locales.enabled,
      fallback: config.locales.default,
    });
    if (locale !== i18n.language) void i18n.changeLanguage(locale);
  }, [subjectLocale, config, i18n]);
}
