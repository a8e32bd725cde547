import { useTranslation } from "../../i18n/use-translation.ts";
import { useConfig } from "../../config/use-config.ts";

export function Brand() {
  const { t } = useTranslation();
  const config = useConfig();
  return (
    <div className="flex min-w-0 items-center gap-2">
      {config.company.logo && <img src={config.company.logo} alt="" width={32} height={32} className="shrink-0" />}
      <span className="min-w-0 leading-tight font-semibold">
        <span className="block break-words" translate="no">
          {config.company.name}
        </span>
        <span className="hidden text-sm font-normal break-words text-zinc-600 sm:block dark:text-zinc-300">
          {t("shell.productName")}
        </span>
      </span>
    </div>
  );
}
