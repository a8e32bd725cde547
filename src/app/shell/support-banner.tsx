import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { useNavigate } from "react-router";
import { clearChangeReason, setChangeReason, useChangeReason } from "../../api/client/change-reason.ts";
import { useApi } from "../../api/client/use-api.ts";
import type { Session } from "../../api/contract/session.ts";
import { sessionWarningLeadMs } from "../../api/rules/sessions.ts";
import { Button } from "../../ui/button.tsx";
import { TextField } from "../../ui/text-field.tsx";

type SupportActor = Extract<Session["actor"], { kind: "support" }>;

const remainingMs = (expiresAt: string) => Math.max(0, new Date(expiresAt).getTime() - Date.now());

function useTimeLeft(expiresAt: string): number {
  const [left, setLeft] = useState(() => remainingMs(expiresAt));
  useEffect(() => {
    const timer = setInterval(() => setLeft(remainingMs(expiresAt)), 1000);
    return () => clearInterval(timer);
  }, [expiresAt]);
  return left;
}

const minutesAndSeconds = (ms: number) => {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
};

/** For an acting agent: why the changes they are about to make are made; sent with each one. */
function ChangeReasonField() {
  const { t } = useTranslation();
  const { reason, refused } = useChangeReason();
  return (
    <TextField
      label={t("support.banner.changeReason.label")}
      hint={t("support.banner.changeReason.hint")}
      autoComplete="off"
      value={reason}
      error={refused ? t("support.banner.changeReason.missing") : undefined}
      onChange={(event) => setChangeReason(event.target.value)}
    />
  );
}

/**
 * On every page of an on-behalf view: who is looking, at whom, why, how long is left, and Stop. When the time is
 * up (or on Stop) the agent goes back to the console; the server has already ended the view by then.
 */
export function SupportBanner({ session, actor }: { session: Session; actor: SupportActor }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const left = useTimeLeft(session.expiresAt);
  const over = left === 0;
  const [stopped, setStopped] = useState(false);
  const stop = useMutation({ mutationFn: () => api.closeSupportView(), onSuccess: () => setStopped(true) });
  useEffect(() => {
    if (!over && !stopped) return;
    queryClient.clear();
    clearChangeReason();
    void navigate("/support", { replace: true });
  }, [over, stopped, queryClient, navigate]);

  return (
    <section
      aria-label={t("support.banner.label")}
      className="border-b-4 border-amber-700 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <div className="mx-auto flex max-w-4xl flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="flex flex-col gap-1">
            <p className="font-semibold">
              {t("support.banner.who", { agent: actor.agentName, customer: session.subject.name })}
            </p>
            <p>{t("support.banner.why", { reason: actor.reason })}</p>
            {actor.ticket && <p>{t("support.banner.ticket", { ticket: actor.ticket })}</p>}
            <p>
              {actor.mode === "act" ? t("support.banner.modeAct") : t("support.banner.modeReadOnly")}{" "}
              {t("support.banner.timeLeft")}{" "}
              {/* The server's page counted from its own moment; the next tick, a second on, sets it right. */}
              <time suppressHydrationWarning dateTime={`PT${Math.ceil(left / 1000)}S`}>
                {minutesAndSeconds(left)}
              </time>
            </p>
          </div>
          <Button variant="secondary" disabled={stop.isPending} onClick={() => stop.mutate()}>
            {t("support.banner.stop")}
          </Button>
        </div>
        {/* Said once, when it starts to apply: the 30 minutes are absolute, so there is nothing to extend. */}
        {left > 0 && left <= sessionWarningLeadMs && (
          <p role="alert" className="font-semibold">
            {t("support.banner.endingSoon")}
          </p>
        )}
        {stop.isError && (
          <p role="alert" className="font-medium">
            {t("support.banner.stopFailed")}
          </p>
        )}
        {actor.mode === "act" && <ChangeReasonField />}
      </div>
    </section>
  );
}
