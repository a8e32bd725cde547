import { useTranslation } from "../../i18n/use-translation.ts";
import { Link } from "react-router";
import { PageHeading } from "../../ui/page-heading.tsx";

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t("notFound.title")} />
      <p>{t("notFound.body")}</p>
      <Link className="font-medium underline" to="/">
        {t("notFound.home")}
      </Link>
    </>
  );
}
