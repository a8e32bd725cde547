import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "../../i18n/use-translation.ts";
import { useApi } from "../../api/client/use-api.ts";
import { isApiError } from "../../api/errors.ts";
import { useConfig } from "../../config/use-config.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";

/**
 * The in-browser demo's stand-in for the server's GET /u/{token} page: the same question and button, acting
 * through the same one-click rule, and nothing until the button is pressed.
 */
export function OneClickPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const config = useConfig();
  const unsubscribe = useMutation({ mutationFn: () => api.oneClickUnsubscribe(token) });
  const manage = (
    <a className="font-medium underline" href={`/p/${encodeURIComponent(token)}`}>
      {t("footerLink.oneClick.manage")}
    </a>
  );

  if (unsubscribe.isSuccess)
    return (
      <div className="flex flex-col gap-4">
        <output className="font-medium">{t("footerLink.oneClick.done", { company: config.company.name })}</output>
        {manage}
      </div>
    );
  if (isApiError(unsubscribe.error, "token_invalid")) return <Alert tone="warning">{t("footerLink.invalid")}</Alert>;
  return (
    <div className="flex flex-col gap-4">
      <p>{t("footerLink.oneClick.ask")}</p>
      <p>{t("footerLink.oneClick.explain")}</p>
      {unsubscribe.isError && <Alert tone="error">{t("footerLink.failed")}</Alert>}
      <Button className="w-full" disabled={unsubscribe.isPending} onClick={() => unsubscribe.mutate()}>
        {t("footerLink.oneClick.button")}
      </Button>
      {manage}
    </div>
  );
}
