import { useTranslation } from "../i18n/use-translation.ts";
import { isApiError } from "../api/errors.ts";
import { Alert } from "./alert.tsx";
import { Button } from "./button.tsx";

/**
 * What failed, and a way to try again: never an empty screen. A read refused as forbidden is a footer-link
 * session asking for more than preferences: retrying would not help, signing in with an email link does.
 */
export function QueryError({ what, error, onRetry }: { what: string; error?: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error, "forbidden"))
    return (
      <Alert tone="info">
        <p>{t("footerLink.needsMagicLink")}</p>
        <a className="mt-2 inline-block font-medium underline" href="/sign-in">
          {t("footerLink.signIn")}
        </a>
      </Alert>
    );
  return (
    <Alert tone="error">
      <p>{t("common.loadFailed", { what })}</p>
      <Button variant="secondary" className="mt-2" onClick={onRetry}>
        {t("common.retry")}
      </Button>
    </Alert>
  );
}
