import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { Outlet, useLocation, useNavigate } from "react-router";
import { sessionQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { legalTimeZone } from "../../api/rules/due-dates.ts";
import { SignOutButton } from "../../features/auth/sign-out-button.tsx";
import { LegalTimeZoneContext } from "../../i18n/format.ts";
import { MenuDialog } from "../../ui/menu-dialog.tsx";
import { Brand } from "./brand.tsx";
import { ConnectionBanner } from "./connection-banner.tsx";
import { Footer } from "./footer.tsx";
import { LocaleSwitcher } from "./locale-switcher.tsx";
import { MainNav } from "./main-nav.tsx";
import { PausedBanner } from "./paused-banner.tsx";
import { SkipLink } from "./skip-link.tsx";
import { SessionTimeout } from "./session-timeout.tsx";
import { SupportBanner } from "./support-banner.tsx";
import { useSubjectLocale } from "./use-subject-locale.ts";

/**
 * Phone first: below 768 px the header is one 60 px row (brand and a Menu button holding the sections, the
 * language and sign-out), so the page's own content starts within the top 15 % of a 390 × 844 screen. Wider
 * screens keep everything visible.
 */
export function Component() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useQuery(sessionQuery(api));
  const [menuOpen, setMenuOpen] = useState(false);
  const onBehalf = session.data?.actor.kind === "support" ? session.data.actor : null;
  // An agent on a customer's behalf keeps their own language; the customer's is for the customer.
  useSubjectLocale(onBehalf ? null : session.data);
  const signedOut = session.isSuccess && session.data === null;
  // A view that ended (its 30 minutes, or Stop in another tab) leaves the agent's console session.
  const atConsole = session.data?.scope === "staff";
  const here = `${location.pathname}${location.search}`;
  // The session ended under the person (idle, expired, revoked): say so, and come back here after signing in.
  useEffect(() => {
    if (signedOut)
      void navigate(`/sign-in?next=${encodeURIComponent(here)}`, { replace: true, state: { sessionEnded: true } });
    if (atConsole) void navigate("/support", { replace: true });
  }, [signedOut, atConsole, navigate, here]);
  const subject = session.data?.subject;
  const signOut = (
    <SignOutButton onSignedOut={() => void navigate("/sign-in", { replace: true, state: { signedOut: true } })} />
  );

  return (
    <LegalTimeZoneContext value={legalTimeZone(subject?.jurisdiction ?? "other")}>
      <div
        data-app-shell
        className="flex min-h-screen flex-col bg-zinc-50 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100"
      >
        <SkipLink />
        {onBehalf && session.data && <SupportBanner session={session.data} actor={onBehalf} />}
        {/* An on-behalf view cannot be extended; its banner warns the agent instead. */}
        {!onBehalf && session.data && <SessionTimeout session={session.data} />}
        <header
          data-shell
          className="border-b border-zinc-200 bg-white dark:border-zinc-700 dark:bg-zinc-900 md:border-b-0"
        >
          <div className="mx-auto flex max-w-4xl items-center justify-between gap-3 px-4 py-2 md:flex-wrap md:py-3">
            <Brand />
            <div className="hidden flex-wrap items-center gap-3 md:flex">
              {subject && <p className="text-sm">{t("shell.signedInAs", { name: subject.name })}</p>}
              <LocaleSwitcher />
              {signOut}
            </div>
            <MenuDialog
              className="shrink-0 md:hidden"
              triggerLabel={t("menu.open")}
              title={t("menu.title")}
              closeLabel={t("menu.close")}
              open={menuOpen}
              onOpenChange={setMenuOpen}
            >
              <div className="flex flex-col gap-4">
                {subject && <p className="text-sm">{t("shell.signedInAs", { name: subject.name })}</p>}
                <MainNav layout="list" onNavigate={() => setMenuOpen(false)} />
                <div className="flex flex-wrap items-center justify-between gap-3 border-t border-zinc-200 pt-4 dark:border-zinc-700">
                  <LocaleSwitcher />
                  {signOut}
                </div>
              </div>
            </MenuDialog>
          </div>
        </header>
        <div
          data-shell
          className="hidden border-b border-zinc-200 bg-white md:block dark:border-zinc-700 dark:bg-zinc-900"
        >
          <MainNav layout="bar" />
        </div>
        <ConnectionBanner />
        {session.data && <PausedBanner />}
        {/* At least a screen tall, so the footer starts below the fold: sections fill in as their data arrives, and a
            footer in view would be pushed down each time (a layout shift Lighthouse counts). */}
        <main id="main" className="mx-auto flex min-h-screen w-full max-w-4xl flex-col gap-6 px-4 py-6 md:py-8">
          <Outlet />
        </main>
        <Footer />
      </div>
    </LegalTimeZoneContext>
  );
}
