import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { Link, useLocation } from "react-router";
import { preferencesQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { isPaused } from "../../api/rules/preferences.ts";
import { useDateFormat } from "../../i18n/format.ts";
import { CirclePause } from "lucide-react";

/** While everything is paused, every page says so, with the way back one tap away. */
export function PausedBanner() {
  const { t } = useTranslation();
  const { day } = useDateFormat();
  const { pathname } = useLocation();
  const preferences = useQuery(preferencesQuery(useApi())).data;
  const [now] = useState(() => new Date());
  if (!preferences?.pausedUntil || !isPaused(preferences, now)) return null;
  return (
    <div className="border-b border-amber-700 bg-amber-50 px-4 py-2 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
      <p className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-1 text-sm">
        <CirclePause aria-hidden="true" className="size-4 shrink-0" />
        {t("shell.paused", { date: day(preferences.pausedUntil) })}{" "}
        {pathname !== "/preferences" && (
          <Link to="/preferences" className="font-medium underline">
            {t("shell.pausedManage")}
          </Link>
        )}
      </p>
    </div>
  );
}
