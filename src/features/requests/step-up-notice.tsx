import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "../../i18n/use-translation.ts";
import { useLocation, useNavigate } from "react-router";
import { contractLocale } from "../../i18n/i18n.ts";
import { rememberStepUp } from "../../api/client/step-up-intent.ts";
import { useApi } from "../../api/client/use-api.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";

/**
 * CCPA §7061: before a deletion, a sign-in from the last 10 minutes. The new link brings the person back to this
 * very page, where the final action is then open to them.
 */
export function StepUpNotice({ email }: { email: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const location = useLocation();
  const navigate = useNavigate();
  const redirectTo = `${location.pathname}${location.search}`;
  const send = useMutation({
    mutationFn: () => api.requestMagicLink({ email, redirectTo, locale: contractLocale(i18n.language) }),
    // The same "check your inbox" page as at sign-in (with the demo inbox in the demo).
    onSuccess: () => {
      rememberStepUp();
      void navigate("/sign-in/check-inbox", { state: { email, redirectTo } });
    },
  });
  return (
    <section aria-labelledby="step-up" className="flex flex-col gap-3">
      <h3 id="step-up" className="text-lg font-semibold">
        {t("requests.stepUp.title")}
      </h3>
      <p>{t("requests.stepUp.why")}</p>
      <Button className="self-start" disabled={send.isPending} onClick={() => send.mutate()}>
        {t("requests.stepUp.send")}
      </Button>
      {send.isError && <Alert tone="error">{t("requests.stepUp.failed")}</Alert>}
    </section>
  );
}
