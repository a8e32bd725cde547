import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useNavigate } from "react-router";
import { sessionQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { SignOutButton } from "../../features/auth/sign-out-button.tsx";
import { Brand } from "./brand.tsx";
import { Footer } from "./footer.tsx";
import { LocaleSwitcher } from "./locale-switcher.tsx";
import { MainNav } from "./main-nav.tsx";
import { PausedBanner } from "./paused-banner.tsx";
import { SkipLink } from "./skip-link.tsx";
import { useSubjectLocale } from "./use-subject-locale.ts";

export function Component() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const session = useQuery(sessionQuery(api));
  useSubjectLocale(session.data);
  const signedOut = session.isSuccess && session.data === null;
  useEffect(() => {
    if (signedOut) void navigate("/sign-in", { replace: true });
  }, [signedOut, navigate]);

  return (
    <div className="flex min-h-screen flex-col bg-zinc-50 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">
      <SkipLink />
      <header className="bg-white px-4 py-3 dark:bg-zinc-900">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3">
          <Brand />
          <div className="flex flex-wrap items-center gap-3">
            {session.data && <p className="text-sm">{t("shell.signedInAs", { name: session.data.subject.name })}</p>}
            <LocaleSwitcher />
            <SignOutButton onSignedOut={() => void navigate("/sign-in", { replace: true })} />
          </div>
        </div>
      </header>
      <MainNav />
      {session.data && <PausedBanner />}
      <main id="main" className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-8">
        <Outlet />
      </main>
      <Footer />
    </div>
  );
}
