import { useTranslation } from "react-i18next";
import { Button } from "../ui/button.tsx";
import { PageHeading } from "../ui/page-heading.tsx";

/** When the app itself cannot start (a chunk or the API adapter failed to load). */
export function BootFailure() {
  const { t } = useTranslation();
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 p-6">
      <PageHeading title={t("boot.failed.title")} />
      <p>{t("boot.failed.body")}</p>
      <Button onClick={() => window.location.reload()}>{t("common.retry")}</Button>
    </main>
  );
}
