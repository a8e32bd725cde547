import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "../../i18n/use-translation.ts";
import { Link } from "react-router";
import { clearChangeReason } from "../../api/client/change-reason.ts";
import { useApi } from "../../api/client/use-api.ts";
import type { Session } from "../../api/contract/session.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";

/** Back at the console with a view still open: say whose, and offer to go back to it or stop it. */
export function OpenViewNotice({ session }: { session: Session }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const stop = useMutation({
    mutationFn: () => api.closeSupportView(),
    onSuccess: () => {
      queryClient.clear();
      clearChangeReason();
    },
  });
  return (
    <Alert tone="info">
      <p>{t("support.console.viewOpen", { name: session.subject.name })}</p>
      <div className="mt-2 flex flex-wrap gap-3">
        <Link className="inline-flex min-h-11 items-center font-medium underline" to="/overview">
          {t("support.console.backToView")}
        </Link>
        <Button variant="secondary" disabled={stop.isPending} onClick={() => stop.mutate()}>
          {t("support.banner.stop")}
        </Button>
      </div>
    </Alert>
  );
}
