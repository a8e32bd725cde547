import type { QueryClient } from "@tanstack/react-query";
import { createBrowserRouter, redirect, type LoaderFunctionArgs } from "react-router";
import type { PrivacyApi } from "../api/privacy-api.ts";
import {
  activityQuery,
  consentsQuery,
  dataQuery,
  preferencesQuery,
  requestsQuery,
  sessionQuery,
} from "../api/client/queries.ts";
import { AppLoading } from "./shell/app-loading.tsx";
import { RootLayout } from "./shell/root-layout.tsx";
import { RootRouteError, RouteError } from "./shell/route-error.tsx";
import { sectionRoute } from "./routes/section-route.tsx";

interface RouterDeps {
  api: PrivacyApi;
  queryClient: QueryClient;
}

/** The one route table: every feature meets the others only through the route modules named here. */
export function createAppRouter({ api, queryClient }: RouterDeps) {
  const currentSession = () => queryClient.ensureQueryData(sessionQuery(api));

  const requireSession = async ({ request }: LoaderFunctionArgs) => {
    if (await currentSession()) return null;
    const { pathname } = new URL(request.url);
    throw redirect(`/sign-in?next=${encodeURIComponent(pathname)}`);
  };
  const skipIfSignedIn = async () => ((await currentSession()) ? redirect("/overview") : null);
  /**
   * A section's data starts loading with its code, not after it: the loader runs beside the lazy chunk and
   * does not wait for the data (the page shows its loading state under SectionBoundary meanwhile).
   */
  const prefetch = (start: () => void) => async () => {
    if (await currentSession()) start();
    return null;
  };

  return createBrowserRouter([
    {
      Component: RootLayout,
      ErrorBoundary: RootRouteError,
      HydrateFallback: AppLoading,
      children: [
        { index: true, loader: async () => redirect((await currentSession()) ? "/overview" : "/sign-in") },
        {
          lazy: () => import("./shell/public-layout.tsx"),
          children: [
            { path: "sign-in", loader: skipIfSignedIn, lazy: () => import("./routes/sign-in.tsx") },
            { path: "sign-in/check-inbox", lazy: () => import("./routes/check-inbox.tsx") },
            { path: "auth/confirm", lazy: () => import("./routes/confirm.tsx") },
          ],
        },
        {
          loader: requireSession,
          lazy: () => import("./shell/app-shell.tsx"),
          // A section that fails shows its error inside the shell, so the menu, language and sign-out stay.
          children: [
            {
              ErrorBoundary: RouteError,
              children: [
                {
                  path: "overview",
                  loader: prefetch(() => {
                    void queryClient.prefetchQuery(preferencesQuery(api));
                    void queryClient.prefetchQuery(consentsQuery(api));
                    void queryClient.prefetchQuery(requestsQuery(api));
                    void queryClient.prefetchQuery(activityQuery(api));
                  }),
                  lazy: () => import("./routes/overview.tsx"),
                },
                {
                  path: "preferences",
                  loader: prefetch(() => void queryClient.prefetchQuery(preferencesQuery(api))),
                  lazy: sectionRoute(
                    "nav.preferences",
                    async () => (await import("../features/preferences/preferences-view.tsx")).PreferencesView,
                  ),
                },
                {
                  path: "consents",
                  loader: prefetch(() => void queryClient.prefetchQuery(consentsQuery(api))),
                  lazy: sectionRoute(
                    "nav.consents",
                    async () => (await import("../features/consents/consents-view.tsx")).ConsentsView,
                  ),
                },
                {
                  path: "data",
                  loader: prefetch(() => void queryClient.prefetchQuery(dataQuery(api))),
                  lazy: sectionRoute("nav.data", async () => (await import("../features/data/data-view.tsx")).DataView),
                },
                {
                  path: "requests",
                  loader: prefetch(() => void queryClient.prefetchQuery(requestsQuery(api))),
                  lazy: sectionRoute(
                    "nav.requests",
                    async () => (await import("../features/requests/requests-view.tsx")).RequestsView,
                  ),
                },
                {
                  path: "history",
                  loader: prefetch(() => void queryClient.prefetchQuery(activityQuery(api))),
                  lazy: sectionRoute(
                    "nav.history",
                    async () => (await import("../features/activity/history-view.tsx")).HistoryView,
                  ),
                },
              ],
            },
          ],
        },
        { path: "*", lazy: () => import("./routes/not-found.tsx") },
      ],
    },
  ]);
}
