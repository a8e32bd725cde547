import { useTranslation } from "../../i18n/use-translation.ts";
import { useConfig } from "../../config/use-config.ts";
import { DemoNotice } from "./demo-notice.tsx";

export function Footer() {
  const { t } = useTranslation();
  const config = useConfig();
  return (
    <footer className="mt-auto border-t border-zinc-200 px-4 py-6 text-sm dark:border-zinc-700">
      <ul className="mx-auto flex max-w-4xl flex-wrap gap-x-6 gap-y-2">
        <li>
          <a className="inline-flex min-h-6 items-center underline" href={config.links.privacyPolicy}>
            {t("shell.privacyPolicy")}
          </a>
        </li>
        <li>
          <a className="inline-flex min-h-6 items-center underline" href={config.links.contact}>
            {t("shell.contact")}
          </a>
        </li>
      </ul>
      <div className="mx-auto mt-4 max-w-4xl">
        <DemoNotice />
      </div>
    </footer>
  );
}
