import { useTranslation } from "../../i18n/use-translation.ts";
import { useParams } from "react-router";
import { OneClickPage } from "../../features/footer-links/one-click-page.tsx";
import { PageHeading } from "../../ui/page-heading.tsx";

export function Component() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  return (
    <>
      <PageHeading title={t("footerLink.oneClick.title")} />
      <OneClickPage token={token} />
    </>
  );
}
