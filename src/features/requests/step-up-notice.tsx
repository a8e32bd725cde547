import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import type { Locale } from "../../api/contract/common.ts";
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
  const send = useMutation({
    mutationFn: () =>
      api.requestMagicLink({
        email,
        redirectTo: `${location.pathname}${location.search}`,
        locale: i18n.language as Locale,
      }),
  });
  return (
    <section aria-labelledby="step-up" className="flex flex-col gap-3">
      <h3 id="step-up" className="text-lg font-semibold">
        {t("requests.stepUp.title")}
      </h3>
      <p>{t("requests.stepUp.why")}</p>
      <Button className="self-start" disabled={send.isPending || send.isSuccess} onClick={() => send.mutate()}>
        {t("requests.stepUp.send")}
      </Button>
      {send.isSuccess && <Alert>{t("requests.stepUp.sent", { email })}</Alert>}
      {send.isError && <Alert tone="error">{t("requests.stepUp.failed")}</Alert>}
    </section>
  );
}
