import type { QueryClient } from "@tanstack/react-query";
import {
  createBrowserRouter,
  redirect,
  type HydrationState,
  type LoaderFunctionArgs,
  type RouteObject,
} from "react-router";
import type { PrivacyApi } from "../api/privacy-api.ts";
import { honourGpc } from "../api/client/gpc.ts";
import type { Session } from "../api/contract/session.ts";
import {
  consentsQuery,
  dataQuery,
  historyQuery,
  preferencesQuery,
  recentActivityQuery,
  requestQuery,
  requestsQuery,
  sessionQuery,
} from "../api/client/queries.ts";
import { AppLoading } from "./shell/app-loading.tsx";
import { RootLayout } from "./shell/root-layout.tsx";
import { RootRouteError, RouteError } from "./shell/route-error.tsx";
import { sectionRoute } from "./routes/section-route.tsx";
import { loadSignedInCatalog } from "../i18n/i18n.ts";

interface RouterDeps {
  api: PrivacyApi;
  queryClient: QueryClient;
}

/** A signed-in frame's module together with the catalog sections its pages use (decision 0059), side by side. */
const withSignedInCatalog =
  <Module,>(load: () => Promise<Module>) =>
  async (): Promise<Module> =>
    (await Promise.all([load(), loadSignedInCatalog()]))[0];

/** Where a signed-in person starts: staff at their console, everyone else (and agents on behalf) at the overview. */
const homeOf = (session: Session) => (session.scope === "staff" ? "/support" : "/overview");

/** The one route table: every feature meets the others only through the route modules named here. */
export function createAppRouter(routes: RouteObject[], hydrationData?: HydrationState) {
  return createBrowserRouter(routes, hydrationData ? { hydrationData } : {});
}

/** The route table itself: the browser's router uses it, and so does the server's prerender (src/ssr). */
export function appRoutes({ api, queryClient }: RouterDeps): RouteObject[] {
  const currentSession = async () => {
    const session = await queryClient.ensureQueryData(sessionQuery(api));
    // A browser's Global Privacy Control is honoured before any page of the session reads its consents.
    if (session) await honourGpc(api, queryClient, session);
    return session;
  };

  const requireSession = async ({ request }: LoaderFunctionArgs) => {
    const session = await currentSession();
    if (session?.scope === "staff") throw redirect("/support");
    // The shell's paused banner reads preferences on every page: started here, the server's page holds it and the
    // browser does not ask for it after hydrating, nor shift the page to show the banner (decision 0081).
    if (session) {
      void queryClient.prefetchQuery(preferencesQuery(api));
      return null;
    }
    const { pathname } = new URL(request.url);
    throw redirect(`/sign-in?next=${encodeURIComponent(pathname)}`);
  };
  /** The console: a staff session, or an agent's on-behalf view (the console still works beside it). */
  const requireStaff = async ({ request }: LoaderFunctionArgs) => {
    const session = await currentSession();
    if (session?.scope === "staff" || session?.actor.kind === "support") return null;
    if (session) throw redirect("/overview");
    const { pathname } = new URL(request.url);
    throw redirect(`/sign-in?next=${encodeURIComponent(pathname)}`);
  };
  // A footer-link session (preferences only) may still sign in with an email link to see the rest.
  const skipIfSignedIn = async () => {
    const session = await currentSession();
    return session && session.scope !== "preferences" ? redirect(homeOf(session)) : null;
  };
  /**
   * A section's data starts loading with its code, not after it: the loader runs beside the lazy chunk and
   * does not wait for the data (the page shows its loading state under SectionBoundary meanwhile).
   */
  const prefetch = (start: () => void) => async () => {
    if (await currentSession()) start();
    return null;
  };

  return [
    {
      Component: RootLayout,
      ErrorBoundary: RootRouteError,
      HydrateFallback: AppLoading,
      children: [
        {
          index: true,
          loader: async () => {
            const session = await currentSession();
            return redirect(session ? homeOf(session) : "/sign-in");
          },
        },
        {
          lazy: () => import("./shell/public-layout.tsx"),
          children: [
            { path: "sign-in", loader: skipIfSignedIn, lazy: () => import("./routes/sign-in.tsx") },
            { path: "sign-in/check-inbox", lazy: () => import("./routes/check-inbox.tsx") },
            { path: "auth/confirm", lazy: () => import("./routes/confirm.tsx") },
            { path: "p/:token", lazy: () => import("./routes/footer-link.tsx") },
            // Only the in-browser demo reaches this: a real server answers /u/{token} itself.
            { path: "u/:token", lazy: () => import("./routes/one-click.tsx") },
            // Inside the public layout so a lost visitor still has the language switcher and the contact link.
            { path: "*", lazy: () => import("./routes/not-found.tsx") },
          ],
        },
        {
          loader: requireSession,
          lazy: withSignedInCatalog(() => import("./shell/app-shell.tsx")),
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
                    void queryClient.prefetchQuery(recentActivityQuery(api));
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
                  path: "consents/receipts/:receiptId",
                  loader: prefetch(() => void queryClient.prefetchQuery(consentsQuery(api))),
                  lazy: sectionRoute(
                    "consents.receipt.title",
                    async () => (await import("../features/consents/receipt-view.tsx")).ReceiptView,
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
                  path: "requests/new",
                  loader: prefetch(() => void queryClient.prefetchQuery(dataQuery(api))),
                  lazy: sectionRoute(
                    "nav.requests",
                    async () => (await import("../features/requests/new-request-view.tsx")).NewRequestView,
                  ),
                },
                {
                  path: "requests/:id",
                  loader: async (args) => {
                    await prefetch(() => void queryClient.prefetchQuery(requestQuery(api, args.params.id ?? "")))();
                    return null;
                  },
                  lazy: sectionRoute(
                    "nav.requests",
                    async () => (await import("../features/requests/request-detail-view.tsx")).RequestDetailView,
                  ),
                },
                {
                  path: "history",
                  loader: prefetch(() => void queryClient.prefetchInfiniteQuery(historyQuery(api))),
                  lazy: sectionRoute(
                    "nav.history",
                    async () => (await import("../features/activity/history-view.tsx")).HistoryView,
                  ),
                },
              ],
            },
          ],
        },
        {
          // Staff only: its own layout and pages, in chunks no customer's browser ever asks for.
          path: "support",
          loader: requireStaff,
          lazy: withSignedInCatalog(() => import("./routes/support-console.tsx")),
          children: [{ index: true, lazy: () => import("../features/support/console-page.tsx") }],
        },
      ],
    },
  ];
}
