import { useId, useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { useConfig } from "../../config/use-config.ts";
import { endonymOf } from "../../i18n/endonyms.ts";
import { chooseLocale } from "../../i18n/i18n.ts";
import { catalogLocales } from "../../i18n/pick-locale.ts";

/** Each language is named in itself, so a person who cannot read the current one still finds theirs. */
/** `compact`: on a narrow screen the label is read to screen readers only (the select shows the language in itself). */
export function LocaleSwitcher({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const config = useConfig();
  const id = useId();
  const [failed, setFailed] = useState(false);
  const locales = config.locales.enabled.filter((locale) => catalogLocales.includes(locale));
  if (locales.length < 2) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className={compact ? "sr-only text-sm sm:not-sr-only" : "text-sm"}>
        {t("shell.language")}
      </label>
      <select
        id={id}
        value={i18n.language}
        onChange={(event) => {
          // The value is one of the options below: the enabled locales, as the config's schema typed them.
          const chosen = locales.find((locale) => locale === event.target.value);
          if (!chosen) return;
          setFailed(false);
          void chooseLocale(chosen).then((switched) => setFailed(!switched));
        }}
        className="min-h-11 rounded-md border border-zinc-500 bg-white px-2 text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100"
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale} translate="no">
            {endonymOf(locale)}
          </option>
        ))}
      </select>
      {failed && (
        <p role="alert" className="basis-full text-sm font-medium text-red-700 dark:text-red-400">
          {t("connection.languageFailed")}
        </p>
      )}
    </div>
  );
}
