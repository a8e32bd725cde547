import { useCallback } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { Link, useLocation, useNavigate, useRouteError } from "react-router";
import { isApiError } from "../../api/errors.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { PageHeading } from "../../ui/page-heading.tsx";
import { isChunkLoadFailure } from "../server-answers.ts";
import { useRetryWhenReachable } from "../use-retry-when-reachable.ts";

/**
 * Catches what a page could not handle itself. Inside the shell (brand, menu, language stay); when the cause is a
 * silent server, "Try again" waits until it answers before loading again, and does so by itself meanwhile.
 */
export function RouteError({ reloadToRecover = false }: { reloadToRecover?: boolean }) {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  const unreachable = isApiError(error, "network") || isChunkLoadFailure(error);
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  // Once the server answers, the same navigation again: the router asks for the page's code and data anew, and
  // whatever the person had on screen (and in memory) stays.
  // At the root nothing of the app is on screen to keep, and the app itself may need to start again: reload,
  // but still only once the server answers.
  const again = useCallback(() => {
    if (reloadToRecover) window.location.reload();
    else void navigate(`${pathname}${search}`, { replace: true });
  }, [reloadToRecover, navigate, pathname, search]);
  const { state, retry } = useRetryWhenReachable(again, unreachable);
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-4">
      <PageHeading title={t("routeError.title")} />
      <Alert tone="error">{unreachable ? t("connection.pageUnreachable") : t("routeError.body")}</Alert>
      {state === "stillDown" && <Alert tone="warning">{t("connection.stillDown")}</Alert>}
      <div className="flex flex-wrap gap-3">
        <Button disabled={state === "checking"} onClick={() => void retry()}>
          {state === "checking" ? t("connection.checking") : t("common.retry")}
        </Button>
        <Link className="inline-flex min-h-11 items-center font-medium underline" to="/">
          {t("routeError.home")}
        </Link>
      </div>
    </div>
  );
}

/** At the root, where no shell is around it, the error page brings its own main landmark. */
export function RootRouteError() {
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col gap-4 p-6">
      <RouteError reloadToRecover />
    </main>
  );
}
