import { useTranslation } from "react-i18next";
import { Alert } from "./alert.tsx";
import { Button } from "./button.tsx";

/** What failed, and a way to try again: never an empty screen. */
export function QueryError({ what, onRetry }: { what: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert tone="error">
      <p>{t("common.loadFailed", { what })}</p>
      <Button variant="secondary" className="mt-2" onClick={onRetry}>
        {t("common.retry")}
      </Button>
    </Alert>
  );
}
