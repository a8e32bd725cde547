import { useCallback } from "react";
import { useTranslation } from "../i18n/use-translation.ts";
import { Alert } from "../ui/alert.tsx";
import { Button } from "../ui/button.tsx";
import { PageHeading } from "../ui/page-heading.tsx";
import { useRetryWhenReachable } from "./use-retry-when-reachable.ts";

/**
 * When the app itself cannot start (a chunk or the API adapter failed to load). Loading again is the only cure,
 * but only once the server answers, so "Try again" never lands on the browser's own error page.
 */
export function BootFailure() {
  const { t } = useTranslation();
  const reload = useCallback(() => window.location.reload(), []);
  const { state, retry } = useRetryWhenReachable(reload, true);
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col gap-4 p-6">
      <PageHeading title={t("boot.failed.title")} />
      <p>{t("boot.failed.body")}</p>
      {state === "stillDown" && <Alert tone="warning">{t("connection.stillDown")}</Alert>}
      <Button disabled={state === "checking"} onClick={() => void retry()}>
        {state === "checking" ? t("connection.checking") : t("common.retry")}
      </Button>
    </main>
  );
}
