import { useTranslation } from "react-i18next";
import { Link, useRouteError } from "react-router";
import { isApiError } from "../../api/errors.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { PageHeading } from "../../ui/page-heading.tsx";

/** Catches what a page could not handle itself; retry reloads, which also recovers from a failed code chunk. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  const offline = isApiError(error, "network");
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col gap-4 p-6">
      <PageHeading title={t("routeError.title")} />
      <Alert tone="error">{offline ? t("routeError.network") : t("routeError.body")}</Alert>
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => window.location.reload()}>{t("common.retry")}</Button>
        <Link className="inline-flex min-h-11 items-center font-medium underline" to="/">
          {t("routeError.home")}
        </Link>
      </div>
    </main>
  );
}
