import { useQueryClient } from "@tanstack/react-query";
import { WifiOff } from "lucide-react";
import { useEffect } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { retryUnanswered, useConnectionTrouble } from "../../api/client/connection.ts";
import { Button } from "../../ui/button.tsx";

/** How long to wait before asking again while the server does not answer: 3 s, then 6, 12, at most 20. */
const probeDelay = (attempt: number) => Math.min(3000 * 2 ** attempt, 20_000);

/**
 * Not a wall: a line above the page that says the connection is gone, that what is on screen was loaded before,
 * and that the app keeps trying (and will pick up on its own when the server answers).
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const trouble = useConnectionTrouble();
  useEffect(() => {
    if (!trouble) return;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout>;
    const probe = () => {
      timer = setTimeout(() => {
        attempt += 1;
        void retryUnanswered(client).finally(probe);
      }, probeDelay(attempt));
    };
    probe();
    return () => clearTimeout(timer);
  }, [trouble, client]);
  return (
    <output aria-live="polite" className="block">
      {trouble && (
        <div className="border-b border-amber-700 bg-amber-50 px-4 py-2 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
          <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <WifiOff aria-hidden="true" className="size-4 shrink-0" />
            <p className="min-w-0 flex-1">
              {t(trouble === "offline" ? "connection.offline" : "connection.unreachable")}
            </p>
            <Button variant="secondary" className="text-sm" onClick={() => void retryUnanswered(client)}>
              {t("common.retry")}
            </Button>
          </div>
        </div>
      )}
    </output>
  );
}
