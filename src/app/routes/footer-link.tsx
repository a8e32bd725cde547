import { useTranslation } from "../../i18n/use-translation.ts";
import { useNavigate, useParams } from "react-router";
import { OpenFooterLink } from "../../features/footer-links/open-footer-link.tsx";
import { PageHeading } from "../../ui/page-heading.tsx";
import { footerFocusSearch } from "../../api/rules/footer-focus.ts";

/** /p/{token}: the preferences link of an email footer; the token leaves the address bar once it is used. */
export function Component() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token = "" } = useParams();
  return (
    <>
      <PageHeading title={t("footerLink.opening")} />
      <OpenFooterLink
        token={token}
        onOpened={(opened) => void navigate(`/preferences?${footerFocusSearch(opened.target)}`, { replace: true })}
      />
    </>
  );
}
