import { useTranslation } from "../../i18n/use-translation.ts";
import { useConfig, useLocalizedText } from "../../config/use-config.ts";
import { useDateFormat } from "../../i18n/format.ts";
import { Card } from "../../ui/card.tsx";
import { StatusBadge } from "../../ui/status-badge.tsx";
import type { OverviewSummary } from "./summarize.ts";

export function OverviewCards({ summary }: { summary: OverviewSummary }) {
  const { t } = useTranslation();
  const config = useConfig();
  const text = useLocalizedText();
  const format = useDateFormat();
  const channelLabel = (id: string) => text(config.channels.find((channel) => channel.id === id)?.label);
  const purposeLabel = (id: string) => text(config.purposes.find((purpose) => purpose.id === id)?.label);

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Card title={t("overview.channels.title")}>
        {summary.pausedUntil && (
          <p className="mb-2">
            <StatusBadge
              status="paused"
              label={t("overview.channels.paused", { date: format.day(summary.pausedUntil) })}
            />
          </p>
        )}
        <p>
          {summary.pausedUntil
            ? t("overview.channels.onAfterPause", { count: summary.channelsOn.length })
            : t("overview.channels.count", { count: summary.channelsOn.length })}
        </p>
        <p className="text-sm text-zinc-600 dark:text-zinc-300">{summary.channelsOn.map(channelLabel).join(", ")}</p>
      </Card>
      <Card title={t("overview.consents.title")}>
        <p>{t("overview.consents.count", { count: summary.activeConsents.length })}</p>
        <p className="text-sm text-zinc-600 dark:text-zinc-300">
          {summary.activeConsents.map(purposeLabel).join(", ")}
        </p>
      </Card>
      <Card title={t("overview.requests.title")}>
        {summary.overdueRequests.length > 0 && (
          <p className="mb-2">
            <StatusBadge
              status="overdue"
              label={t("overview.requests.overdue", { count: summary.overdueRequests.length })}
            />
          </p>
        )}
        <p>{t("overview.requests.count", { count: summary.openRequests.length })}</p>
        {summary.nextDue && (
          <p className="text-sm text-zinc-600 dark:text-zinc-300">
            {t("overview.requests.nextDue", { date: format.due(summary.nextDue) })}
            {" · "}
            <time dateTime={summary.nextDue}>{format.fromToday(summary.nextDue)}</time>
          </p>
        )}
      </Card>
      <Card title={t("overview.activity.title")}>
        {summary.latestActivity.length === 0 ? (
          <p>{t("overview.activity.none")}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {summary.latestActivity.map((event) => (
              <li key={event.id}>
                <span className="font-medium">{t(`activity.action.${event.action}`)}</span>{" "}
                <time dateTime={event.at} className="text-sm text-zinc-600 dark:text-zinc-300">
                  {format.moment(event.at)}
                </time>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
