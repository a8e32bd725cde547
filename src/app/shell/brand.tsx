import { useTranslation } from "react-i18next";
import { useConfig } from "../../config/use-config.ts";

export function Brand() {
  const { t } = useTranslation();
  const config = useConfig();
  return (
    <div className="flex items-center gap-2">
      {config.company.logo && <img src={config.company.logo} alt="" width={32} height={32} />}
      <span className="font-semibold">
        <span translate="no">{config.company.name}</span>
        <span className="block text-sm font-normal text-zinc-600 dark:text-zinc-300">{t("shell.productName")}</span>
      </span>
    </div>
  );
}
