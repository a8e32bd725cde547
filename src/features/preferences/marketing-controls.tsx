import { useTranslation } from "../../i18n/use-translation.ts";
import type { Topic } from "../../api/contract/catalog.ts";
import type { PreferenceChange, Preferences } from "../../api/contract/preferences.ts";
import { useLocalizedText } from "../../config/use-config.ts";
import { useDateFormat } from "../../i18n/format.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { OptOutReasonForm } from "./opt-out-reason.tsx";

/** The topic switches that "stop all marketing" turns off, so that undo can turn exactly those back on. */
export function undoStopAllMarketing(before: Preferences, topics: readonly Topic[]): PreferenceChange[] {
  return topics
    .filter((topic) => topic.marketing && !topic.required)
    .flatMap((topic) =>
      Object.entries(before.topics.find((pref) => pref.topicId === topic.id)?.channels ?? {})
        .filter(([, on]) => on)
        .map(
          ([channelId, on]) => ({ kind: "topic", topicId: topic.id, channelId, subscribed: on }) as PreferenceChange,
        ),
    );
}

export function PausedNotice({
  until,
  disabled,
  onResume,
}: {
  until: string;
  disabled: boolean;
  onResume: () => void;
}) {
  const { t } = useTranslation();
  const { day } = useDateFormat();
  return (
    <Alert tone="warning">
      <p>{t("preferences.paused.notice", { date: day(until) })}</p>
      <Button variant="secondary" className="mt-2" disabled={disabled} onClick={onResume}>
        {t("preferences.paused.resume")}
      </Button>
    </Alert>
  );
}

/** One action for every marketing message on every channel; service messages keep going, and the page says which. */
export function StopAllMarketing({
  topics,
  stoppedUndo,
  disabled,
  onStop,
  onUndo,
}: {
  topics: readonly Topic[];
  stoppedUndo: PreferenceChange[] | null;
  disabled: boolean;
  onStop: () => void;
  onUndo: () => void;
}) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const service = topics.filter((topic) => topic.required).map((topic) => text(topic.label));
  return (
    <div className="flex flex-col gap-2">
      {stoppedUndo ? (
        <Alert tone="info">
          <p>{t("preferences.stopAll.done", { service: service.join(", ") })}</p>
          {stoppedUndo.length > 0 && (
            <Button variant="secondary" className="mt-2" disabled={disabled} onClick={onUndo}>
              {t("preferences.stopAll.undo")}
            </Button>
          )}
          {!disabled && <OptOutReasonForm />}
        </Alert>
      ) : (
        <div>
          <Button variant="secondary" disabled={disabled} onClick={onStop}>
            {t("preferences.stopAll.action")}
          </Button>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
            {t("preferences.stopAll.hint", { service: service.join(", ") })}
          </p>
        </div>
      )}
    </div>
  );
}
