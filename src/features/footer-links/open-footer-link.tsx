import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { Link } from "react-router";
import { sessionQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import type { FooterSession } from "../../api/contract/footer-links.ts";
import { isApiError } from "../../api/errors.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { Loading } from "../../ui/loading.tsx";

/** What the server's inline loader submits as soon as it reads it (server/http/spa-document.ts). */
const submitOnLoad = "data-submit-on-load";

/**
 * Opens preferences from an email-footer link with a POST (a mail scanner's GET of the link opens nothing); the
 * server answers with a preferences-only session. No preference changes here; the person acts on the next page.
 * On the page the server sends, the form posts itself to the link's own address before any of the app's script
 * loads, and without JavaScript the person presses Continue; where the app renders the page, it POSTs the token
 * to the API instead and the button does the same.
 */
export function OpenFooterLink({ token, onOpened }: { token: string; onOpened: (opened: FooterSession) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const open = useMutation({
    mutationFn: (value: string) => api.startFooterSession(value),
    onSuccess: (opened) => {
      // Whatever this browser showed before may have been someone else's.
      queryClient.removeQueries();
      queryClient.setQueryData(sessionQuery(api).queryKey, opened.session);
      onOpened(opened);
    },
  });
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    open.mutate(token);
  }, [open, token]);

  if (isApiError(open.error, "token_invalid") || isApiError(open.error, "validation"))
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="warning">{t("footerLink.invalid")}</Alert>
        <Link className="font-medium underline" to="/sign-in">
          {t("footerLink.signIn")}
        </Link>
      </div>
    );
  if (open.isError)
    return (
      <Alert tone="error">
        <p>{t("footerLink.failed")}</p>
        <Button variant="secondary" className="mt-2" onClick={() => open.mutate(token)}>
          {t("common.retry")}
        </Button>
      </Alert>
    );
  return (
    <form
      method="post"
      {...{ [submitOnLoad]: "" }}
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!open.isPending) open.mutate(token);
      }}
    >
      <Loading />
      <Button type="submit" variant="secondary">
        {t("footerLink.continue")}
      </Button>
    </form>
  );
}
