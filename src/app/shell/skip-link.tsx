import { useTranslation } from "../../i18n/use-translation.ts";

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-zinc-900"
    >
      {t("shell.skipLink")}
    </a>
  );
}
