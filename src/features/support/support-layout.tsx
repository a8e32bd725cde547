import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "../../i18n/use-translation.ts";
import { Outlet, useNavigate } from "react-router";
import { sessionQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { Button } from "../../ui/button.tsx";

/** The support console's own frame: who is signed in, in which role, and a way out. No customer navigation. */
export function Component() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useQuery(sessionQuery(api)).data;
  const signOut = useMutation({
    mutationFn: () => api.signOut(),
    onSuccess: () => {
      queryClient.clear();
      void navigate("/sign-in", { replace: true });
    },
  });
  const staff = session?.actor.kind === "staff" ? session.actor : null;

  return (
    <div className="flex min-h-screen flex-col bg-zinc-50 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">
      <a
        href="#main"
        className="sr-only rounded-md bg-white p-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 dark:bg-zinc-900"
      >
        {t("shell.skipLink")}
      </a>
      <header className="bg-white px-4 py-3 dark:bg-zinc-900">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3">
          <p className="text-lg font-semibold">{t("support.console.name")}</p>
          <div className="flex flex-wrap items-center gap-3">
            {staff && (
              <p className="text-sm">
                {t("support.console.signedInAs", { name: staff.name, role: t(`support.role.${staff.role}`) })}
              </p>
            )}
            {signOut.isError && (
              <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
                {t("auth.signOutFailed")}
              </p>
            )}
            <Button variant="secondary" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
              {t("auth.signOut")}
            </Button>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-8">
        <Outlet />
      </main>
    </div>
  );
}
