import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeading } from "../../ui/page-heading.tsx";

export function Component() {
  const { t } = useTranslation();
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col gap-4 p-6">
      <PageHeading title={t("notFound.title")} />
      <p>{t("notFound.body")}</p>
      <Link className="font-medium underline" to="/">
        {t("notFound.home")}
      </Link>
    </main>
  );
}
