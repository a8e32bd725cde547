import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import type { FooterTarget } from "../../api/contract/footer-links.ts";
import type { PreferenceChange, Preferences } from "../../api/contract/preferences.ts";
import { unsubscribeChanges } from "../../api/rules/footer-links.ts";
import type { PreferenceCatalog } from "../../api/rules/preferences.ts";
import { useConfig, useLocalizedText } from "../../config/use-config.ts";
import { Button } from "../../ui/button.tsx";
import { undoStopAllMarketing } from "./marketing-controls.tsx";

/** What puts back exactly what one unsubscribe stopped. */
function undoOf(changes: readonly PreferenceChange[], before: Preferences, catalog: PreferenceCatalog) {
  return changes.flatMap((change): PreferenceChange[] => {
    if (change.kind === "topic") return [{ ...change, subscribed: true }];
    if (change.kind === "channel") return [{ ...change, on: true }];
    return change.kind === "stop_all_marketing" ? undoStopAllMarketing(before, catalog.topics) : [];
  });
}

/**
 * First on the page when it was opened from an email footer: what that email was about, and one button that
 * unsubscribes from exactly that (the same rule as the RFC 8058 one-click), with undo. Nothing changes until
 * it is pressed.
 */
export function FooterLinkFocus({
  target,
  shown,
  catalog,
  disabled,
  save,
}: {
  target: FooterTarget;
  shown: Preferences;
  catalog: PreferenceCatalog;
  disabled: boolean;
  save: (changes: PreferenceChange[], after?: () => void) => void;
}) {
  const { t } = useTranslation();
  const text = useLocalizedText();
  const config = useConfig();
  const [undo, setUndo] = useState<PreferenceChange[] | null>(null);
  let changes: PreferenceChange[];
  try {
    changes = unsubscribeChanges(shown, target, catalog);
  } catch {
    // The link names a topic the config no longer has: the page below is all there is to offer.
    return null;
  }
  const topic = text(config.topics.find((candidate) => candidate.id === target.topicId)?.label);
  const channel = text(config.channels.find((candidate) => candidate.id === target.channelId)?.label);
  const about =
    target.topicId && target.channelId
      ? t("footerLink.focus.topicChannel", { topic, channel })
      : target.topicId
        ? t("footerLink.focus.topic", { topic })
        : target.channelId
          ? t("footerLink.focus.channel", { channel })
          : t("footerLink.focus.all", { company: config.company.name });

  return (
    <section
      aria-labelledby="footer-focus-heading"
      className="flex flex-col gap-3 rounded-lg border-2 border-blue-700 bg-blue-50 p-4 text-zinc-900 dark:border-blue-300 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <h2 id="footer-focus-heading" className="text-lg font-semibold">
        {t("footerLink.focus.heading")}
      </h2>
      <p>{about}</p>
      {undo ? (
        <>
          <p className="font-medium">{t("footerLink.focus.done")}</p>
          <Button variant="secondary" disabled={disabled} onClick={() => save(undo, () => setUndo(null))}>
            {t("footerLink.focus.undo")}
          </Button>
        </>
      ) : changes.length === 0 ? (
        <p className="font-medium">{t("footerLink.focus.already")}</p>
      ) : (
        <Button
          className="w-full text-lg"
          disabled={disabled}
          onClick={() => {
            const back = undoOf(changes, shown, catalog);
            save(changes, () => setUndo(back));
          }}
        >
          {t("footerLink.focus.unsubscribe")}
        </Button>
      )}
    </section>
  );
}
