import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { useSearchParams } from "react-router";
import { footerFocusOf } from "../../api/rules/footer-focus.ts";
import { preferencesQuery, sessionQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { isReadOnlySupport } from "../../api/rules/read-only-support.ts";
import type { PreferenceChange } from "../../api/contract/preferences.ts";
import { ApiError } from "../../api/errors.ts";
import { preferenceCatalog } from "../../api/rules/catalog.ts";
import { isPaused } from "../../api/rules/preferences.ts";
import { useConfig } from "../../config/use-config.ts";
import { Alert } from "../../ui/alert.tsx";
import { ChannelSwitches } from "./channel-switches.tsx";
import { FooterLinkFocus } from "./footer-link-focus.tsx";
import { PausedNotice, StopAllMarketing, undoStopAllMarketing } from "./marketing-controls.tsx";
import { PauseForm } from "./pause-form.tsx";
import { QuietHoursForm } from "./quiet-hours-form.tsx";
import { SaveStatus, type SaveFailure } from "./save-status.tsx";
import { TopicCard } from "./topic-card.tsx";
import { preferenceWrite, usePreferencesShown, useUpdatePreferences } from "./use-update-preferences.ts";

/** Every change saves at once; the page shows it before the server answers and takes it back visibly if refused. */
export function PreferencesView() {
  const { t } = useTranslation();
  const api = useApi();
  const config = useConfig();
  const catalog = preferenceCatalog(config);
  const preferences = useSuspenseQuery(preferencesQuery(api));
  const session = useQuery(sessionQuery(api)).data;
  const update = useUpdatePreferences();
  const { shown, saving, waitingForNetwork } = usePreferencesShown(preferences.data, catalog);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [saved, setSaved] = useState(false);
  const [stoppedUndo, setStoppedUndo] = useState<PreferenceChange[] | null>(null);
  const [openedAt] = useState(() => new Date());
  const [search] = useSearchParams();
  const focus = footerFocusOf(search);

  const readOnly = isReadOnlySupport(session);

  const save = (changes: PreferenceChange[], after?: () => void) => {
    const write = preferenceWrite(changes);
    setFailure(null);
    setSaved(false);
    update.mutate(write, {
      onSuccess: () => {
        setSaved(true);
        after?.();
      },
      onError: (error) => {
        const apiError = error instanceof ApiError ? error : new ApiError({ code: "network", message: String(error) });
        // A retry resends the same write with its key, so it can never apply twice.
        setFailure({ error: apiError, retry: apiError.code === "conflict" ? null : () => save(write.changes, after) });
      },
    });
  };
  const paused = isPaused(shown, openedAt);

  return (
    <div className="flex flex-col gap-6">
      {readOnly && (
        <Alert tone="info">
          <p>{t("preferences.readOnly")}</p>
        </Alert>
      )}
      {focus && <FooterLinkFocus target={focus} shown={shown} catalog={catalog} disabled={readOnly} save={save} />}
      {paused && shown.pausedUntil && (
        <PausedNotice
          until={shown.pausedUntil}
          disabled={readOnly}
          onResume={() => save([{ kind: "pause", until: null }])}
        />
      )}
      <StopAllMarketing
        topics={catalog.topics}
        stoppedUndo={stoppedUndo}
        disabled={readOnly}
        onStop={() => {
          const undo = undoStopAllMarketing(shown, catalog.topics);
          save([{ kind: "stop_all_marketing" }], () => setStoppedUndo(undo));
        }}
        onUndo={() => save(stoppedUndo ?? [], () => setStoppedUndo(null))}
      />
      <SaveStatus saving={saving} waitingForNetwork={waitingForNetwork} saved={saved} failure={failure} />
      <ChannelSwitches
        shown={shown}
        disabled={readOnly}
        onChange={(channelId, on) => save([{ kind: "channel", channelId, on }])}
      />
      {!paused && <PauseForm disabled={readOnly} onPause={(until) => save([{ kind: "pause", until }])} />}
      <QuietHoursForm
        current={shown.quietHours}
        disabled={readOnly}
        onSave={(quietHours) => save([{ kind: "quiet_hours", quietHours }])}
      />
      <section aria-labelledby="topics-heading" className="flex flex-col gap-3">
        <h2 id="topics-heading" className="text-lg font-semibold">
          {t("preferences.topics.heading")}
        </h2>
        <ul className="flex flex-col gap-4">
          {catalog.topics.map((topic) => (
            <TopicCard
              key={topic.id}
              topic={topic}
              shown={shown}
              paused={paused}
              disabled={readOnly}
              highlighted={focus?.topicId === topic.id}
              onChange={(channelId, subscribed) => save([{ kind: "topic", topicId: topic.id, channelId, subscribed }])}
              onFrequency={(frequency) => save([{ kind: "frequency", topicId: topic.id, frequency }])}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}
