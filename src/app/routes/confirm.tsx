import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ConfirmSignIn } from "../../features/auth/confirm-sign-in.tsx";
import { PageHeading } from "../../ui/page-heading.tsx";
import { safeRedirect } from "../../api/rules/safe-redirect.ts";

export function Component() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeading title={t("auth.confirm.title")} />
      <ConfirmSignIn
        onSignedIn={(created) => void navigate(safeRedirect(created.redirectTo) ?? "/overview", { replace: true })}
      />
    </>
  );
}
