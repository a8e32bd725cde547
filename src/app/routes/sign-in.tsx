import { useTranslation } from "../../i18n/use-translation.ts";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { SignInForm } from "../../features/auth/sign-in-form.tsx";
import { Alert } from "../../ui/alert.tsx";
import { PageHeading } from "../../ui/page-heading.tsx";
import { safeRedirect } from "../../api/rules/safe-redirect.ts";

/**
 * Why the person is here, from history state (never the URL, so a shared link cannot claim it). Only a flag set
 * to `true` counts, so no schema is needed (and zod stays off this page's first load, decision 0065).
 */
function arrivalOf(state: unknown): { sessionEnded: boolean; signedOut: boolean } {
  const flags = (typeof state === "object" && state !== null ? state : {}) as Record<string, unknown>;
  return { sessionEnded: flags.sessionEnded === true, signedOut: flags.signedOut === true };
}

export function Component() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const arrival = arrivalOf(useLocation().state);
  const redirectTo = safeRedirect(params.get("next"));
  return (
    <>
      <PageHeading title={t("auth.signIn.title")} />
      {arrival.sessionEnded && <Alert tone="warning">{t("deadEnds.sessionEnded")}</Alert>}
      {arrival.signedOut && <Alert tone="info">{t("deadEnds.signedOut")}</Alert>}
      <p>{t("auth.signIn.intro")}</p>
      <SignInForm
        redirectTo={redirectTo}
        onSent={(email) => void navigate("/sign-in/check-inbox", { state: { email, redirectTo } })}
      />
    </>
  );
}
