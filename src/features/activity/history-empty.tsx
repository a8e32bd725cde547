import { History } from "lucide-react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { Link } from "react-router";
import { buttonLookClass } from "../../ui/button.tsx";
import { EmptyState } from "../../ui/empty-state.tsx";

/** A history with nothing in it yet: what will appear here, and where to make the first choice. */
export function HistoryEmpty() {
  const { t } = useTranslation();
  return (
    <EmptyState
      Icon={History}
      title={t("activity.empty.title")}
      body={<p>{t("activity.empty.body")}</p>}
      action={
        <Link className={buttonLookClass("secondary")} to="/preferences">
          {t("activity.empty.action")}
        </Link>
      }
    />
  );
}
