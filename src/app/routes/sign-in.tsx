import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { SignInForm } from "../../features/auth/sign-in-form.tsx";
import { PageHeading } from "../../ui/page-heading.tsx";
import { safeRedirect } from "../../api/rules/safe-redirect.ts";

export function Component() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const redirectTo = safeRedirect(params.get("next"));
  return (
    <>
      <PageHeading title={t("auth.signIn.title")} />
      <p>{t("auth.signIn.intro")}</p>
      <SignInForm
        redirectTo={redirectTo}
        onSent={(email) => void navigate("/sign-in/check-inbox", { state: { email, redirectTo } })}
      />
    </>
  );
}
