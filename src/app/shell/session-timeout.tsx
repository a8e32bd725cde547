import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { useNavigate } from "react-router";
import { sessionQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import type { Session, SessionExpiry } from "../../api/contract/session.ts";
import { sessionWarningLeadMs } from "../../api/rules/sessions.ts";
import { SignOutButton } from "../../features/auth/sign-out-button.tsx";
import { AlertDialog } from "../../ui/alert-dialog.tsx";
import { Button } from "../../ui/button.tsx";

/** When the server says the session is alive although this clock says it is over (clocks differ), ask again. */
const recheckMs = 5_000;

type Warning = { kind: "idle" | "final"; ends: SessionExpiry } | null;

const msUntil = (iso: string) => new Date(iso).getTime() - Date.now();

function useSecondsLeft(iso: string | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!iso) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [iso]);
  if (!iso) return 0;
  // Until the first tick `now` may be from long before the warning; it never shows more than the lead.
  const left = Math.min(new Date(iso).getTime() - now, sessionWarningLeadMs);
  return Math.max(0, Math.ceil(left / 1000));
}

const minutesAndSeconds = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

/**
 * WCAG 2.2.1: a couple of minutes before an idle session ends, a dialog says so and offers to stay signed in (one
 * press, which reads the session and so refreshes its idle timer on the server) or to sign out. Watching the
 * clock never keeps the session alive: the page asks `GET /api/session/expiry`, which is not activity, before it
 * warns, so activity elsewhere (another tab) that moved the end is seen and the warning waits. When the end comes
 * and the server agrees, the session is forgotten here and the shell's ended-session dead end takes over. A
 * session whose absolute end is near cannot be extended: the dialog says so instead of offering to stay.
 */
export function SessionTimeout({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const stayRef = useRef<HTMLButtonElement>(null);
  // What the page knows of the end: the session's own `expiresAt` until the server has been asked.
  const [known, setKnown] = useState<{ expiresAt: string; absoluteExpiresAt: string | null }>({
    expiresAt: session.expiresAt,
    absoluteExpiresAt: null,
  });
  const [warning, setWarning] = useState<Warning>(null);
  const [staying, setStaying] = useState(false);
  const [stayFailed, setStayFailed] = useState(false);
  // A final warning, once answered, is not shown again for the same end.
  const dismissedFinal = useRef<string | null>(null);

  // Every fresh read of the session (a focus, staying signed in) says where its end is now.
  const [readEnd, setReadEnd] = useState(session.expiresAt);
  if (readEnd !== session.expiresAt) {
    setReadEnd(session.expiresAt);
    setKnown((before) => ({ ...before, expiresAt: session.expiresAt }));
  }

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout>;
    const check = async () => {
      let ends: SessionExpiry | null;
      try {
        ends = await api.getSessionExpiry();
      } catch {
        // No answer (offline, server down): the connection banner says so; keep the warning and ask again.
        if (!cancelled) timer = setTimeout(() => void check(), recheckMs);
        return;
      }
      if (cancelled) return;
      if (!ends) {
        setWarning(null);
        queryClient.setQueryData(sessionQuery(api).queryKey, null);
        return;
      }
      if (ends.expiresAt !== known.expiresAt || ends.absoluteExpiresAt !== known.absoluteExpiresAt) {
        // Moved (activity elsewhere) or first heard of the absolute end: plan again from the new end.
        if (msUntil(ends.expiresAt) > sessionWarningLeadMs) setWarning(null);
        setKnown(ends);
        return;
      }
      if (msUntil(ends.expiresAt) <= sessionWarningLeadMs) {
        const kind = ends.expiresAt >= ends.absoluteExpiresAt ? "final" : "idle";
        if (kind === "idle" || dismissedFinal.current !== ends.absoluteExpiresAt) setWarning({ kind, ends });
        // At the end, or a little after while the server still counts it alive, ask again.
        timer = setTimeout(() => void check(), Math.max(msUntil(ends.expiresAt), recheckMs));
      } else {
        setWarning(null);
        timer = setTimeout(() => void check(), msUntil(ends.expiresAt) - sessionWarningLeadMs);
      }
    };
    timer = setTimeout(() => void check(), Math.max(0, msUntil(known.expiresAt) - sessionWarningLeadMs));
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [api, queryClient, known]);

  const stay = async () => {
    setStaying(true);
    setStayFailed(false);
    try {
      const fresh = await api.getSession();
      queryClient.setQueryData(sessionQuery(api).queryKey, fresh);
      if (fresh) {
        setWarning(null);
        setKnown((before) => ({ ...before, expiresAt: fresh.expiresAt }));
      }
    } catch {
      setStayFailed(true);
    } finally {
      setStaying(false);
    }
  };

  const dismissFinal = () => {
    dismissedFinal.current = warning?.ends.absoluteExpiresAt ?? null;
    setWarning(null);
  };

  const seconds = useSecondsLeft(warning?.ends.expiresAt);
  if (!warning) return null;
  const at = new Intl.DateTimeFormat(i18n.language, { timeStyle: "short" }).format(new Date(warning.ends.expiresAt));
  const idle = warning.kind === "idle";
  return (
    <AlertDialog
      open
      // Escape is an answer too: whoever pressed it is here.
      onOpenChange={(open) => {
        if (open) return;
        if (idle) void stay();
        else dismissFinal();
      }}
      title={t(idle ? "sessionTimeout.title" : "sessionTimeout.finalTitle")}
      initialFocus={stayRef}
      description={
        <>
          <p>{t(idle ? "sessionTimeout.body" : "sessionTimeout.finalBody", { time: at })}</p>
          <p>
            {t("sessionTimeout.timeLeft")} <time dateTime={`PT${seconds}S`}>{minutesAndSeconds(seconds)}</time>
          </p>
          {stayFailed && (
            <p role="alert" className="font-medium text-red-700 dark:text-red-400">
              {t("sessionTimeout.stayFailed")}
            </p>
          )}
        </>
      }
    >
      {idle ? (
        <Button ref={stayRef} disabled={staying} onClick={() => void stay()}>
          {t("sessionTimeout.stay")}
        </Button>
      ) : (
        <Button ref={stayRef} onClick={dismissFinal}>
          {t("sessionTimeout.continue")}
        </Button>
      )}
      <SignOutButton onSignedOut={() => void navigate("/sign-in", { replace: true, state: { signedOut: true } })} />
    </AlertDialog>
  );
}
