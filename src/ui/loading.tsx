import { useTranslation } from "react-i18next";

export function Loading() {
  const { t } = useTranslation();
  return <output className="block text-zinc-600 dark:text-zinc-300">{t("common.loading")}</output>;
}
