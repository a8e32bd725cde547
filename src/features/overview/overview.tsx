import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "../../i18n/use-translation.ts";
import { Link } from "react-router";
import { consentsQuery, preferencesQuery, recentActivityQuery, requestsQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { useConfig } from "../../config/use-config.ts";
import { Loading } from "../../ui/loading.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { OverviewCards } from "./overview-cards.tsx";
import { summarize } from "./summarize.ts";

export function Overview() {
  const { t } = useTranslation();
  const api = useApi();
  const config = useConfig();
  const [preferences, consents, requests, activity] = useQueries({
    queries: [preferencesQuery(api), consentsQuery(api), requestsQuery(api), recentActivityQuery(api)],
  });
  const all = [preferences, consents, requests, activity];
  const failed = all.filter((query) => query.isError);
  if (failed.length > 0)
    return (
      <QueryError
        what={t("overview.title")}
        error={failed[0]?.error}
        onRetry={() => failed.forEach((query) => void query.refetch())}
      />
    );
  if (!preferences.data || !consents.data || !requests.data || !activity.data) return <Loading />;

  const summary = summarize(config, preferences.data, consents.data, requests.data, activity.data);
  return (
    <>
      <OverviewCards summary={summary} />
      <p>
        <Link className="font-medium underline" to="/history">
          {t("overview.allActivity")}
        </Link>
      </p>
    </>
  );
}
