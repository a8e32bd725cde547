import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "../../i18n/use-translation.ts";
import { isApiError } from "../../api/errors.ts";
import { magicLinkMinutes } from "../../api/rules/sign-in-limits.ts";
import { devOutboxQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { contractLocale } from "../../i18n/i18n.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { useCooldown } from "./use-cooldown.ts";

const resendCooldownSeconds = 30;

/** The same words whether or not the address is known, so the page reveals nothing about who has an account. */
export function CheckInbox({ email, redirectTo }: { email: string; redirectTo: string | undefined }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const cooldown = useCooldown(resendCooldownSeconds);
  const resend = useMutation({
    mutationFn: () => api.requestMagicLink({ email, redirectTo, locale: contractLocale(i18n.language) }),
    onSuccess: () => {
      cooldown.start(resendCooldownSeconds);
      void queryClient.invalidateQueries({ queryKey: devOutboxQuery(api).queryKey });
    },
    onError: (error) => {
      if (isApiError(error, "rate_limited")) cooldown.start(error.retryAfter ?? resendCooldownSeconds);
    },
  });

  return (
    <div className="flex flex-col gap-4">
      <p>{t("auth.checkInbox.body", { email })}</p>
      <p className="text-sm text-zinc-600 dark:text-zinc-300">
        {t("auth.checkInbox.expiry", { count: magicLinkMinutes })}
      </p>
      <div aria-live="polite" className="min-h-6">
        {resend.isSuccess && cooldown.remaining > 0 && <p>{t("auth.checkInbox.resent")}</p>}
      </div>
      {resend.isError && !isApiError(resend.error, "rate_limited") && (
        <Alert tone="error">{t("auth.signIn.failed")}</Alert>
      )}
      <Button variant="secondary" disabled={cooldown.remaining > 0 || resend.isPending} onClick={() => resend.mutate()}>
        {cooldown.remaining > 0
          ? t("auth.checkInbox.resendIn", { count: cooldown.remaining })
          : t("auth.checkInbox.resend")}
      </Button>
    </div>
  );
}
