import { useTranslation } from "../../i18n/use-translation.ts";
import type { ApiError } from "../../api/errors.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";

export type SaveFailure = { error: ApiError; retry: (() => void) | null };

/**
 * Says what happened to the last change, where a screen reader hears it: saving, saved, or what went wrong
 * with a way forward. A conflict needs no retry: the page already shows the fresh state.
 */
export function SaveStatus({
  saving,
  waitingForNetwork,
  saved,
  failure,
}: {
  saving: boolean;
  waitingForNetwork: boolean;
  saved: boolean;
  failure: SaveFailure | null;
}) {
  const { t } = useTranslation();
  if (failure) {
    const key =
      failure.error.code === "conflict"
        ? "preferences.status.conflict"
        : failure.error.code === "network"
          ? "preferences.status.offline"
          : "preferences.status.failed";
    return (
      <Alert tone="error">
        <p>{t(key)}</p>
        {failure.retry && (
          <Button variant="secondary" className="mt-2" onClick={failure.retry}>
            {t("common.retry")}
          </Button>
        )}
      </Alert>
    );
  }
  return (
    <output data-save-status className="block min-h-6 text-sm text-zinc-700 dark:text-zinc-300">
      {waitingForNetwork
        ? t("preferences.status.waiting")
        : saving
          ? t("preferences.status.saving")
          : saved
            ? t("preferences.status.saved")
            : ""}
    </output>
  );
}
