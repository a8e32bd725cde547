/**
 * What the first render of each page needs beyond the entry chunk: its lazy route modules (source paths, as
 * the build manifest names them) and, when signed in, the API reads its section starts with. The HTML names
 * them as preloads so the browser fetches them beside the entry rather than one after another. A path missing
 * here still works; it only loses the head start. Mirrors the route table in src/app/router.tsx.
 */
export interface RouteNeeds {
  modules: readonly string[];
  signedInReads: readonly string[];
}

/** Every /p/{token} (an email footer's preferences link) shares this entry. */
export const footerLinkPage = "/p/:token";

/** The pages whose path names one thing: every path of each shares its entry below. */
const pagesOfOne: readonly { entry: string; path: RegExp }[] = [
  { entry: footerLinkPage, path: /^\/p\/[^/]+$/ },
  // A request's page and a consent receipt's are what emails about them link to.
  { entry: "/requests/:id", path: /^\/requests\/(?!new$)[^/]+$/ },
  { entry: "/consents/receipts/:receiptId", path: /^\/consents\/receipts\/[^/]+$/ },
];

/** The entry of `firstRouteNeeds` a path takes (the path itself, unless it names one thing). */
export const routeKeyOf = (routePath: string): string =>
  pagesOfOne.find((page) => page.path.test(routePath))?.entry ?? routePath;

const publicPage = (route: string): RouteNeeds => ({
  modules: ["src/app/shell/public-layout.tsx", route],
  signedInReads: [],
});

const section = (view: string, read: string): RouteNeeds => ({
  modules: ["src/app/shell/app-shell.tsx", view],
  signedInReads: [read],
});

export const firstRouteNeeds: Readonly<Record<string, RouteNeeds>> = {
  "/sign-in": publicPage("src/app/routes/sign-in.tsx"),
  "/sign-in/check-inbox": publicPage("src/app/routes/check-inbox.tsx"),
  "/auth/confirm": publicPage("src/app/routes/confirm.tsx"),
  // Where the server has no prerender of the link's page, the app opens the session and goes straight on to
  // preferences (decision 0063): that page's code and catalog load beside its own. A prerendered one posts itself
  // and loads none of them (0067).
  [footerLinkPage]: {
    modules: [
      ...publicPage("src/app/routes/footer-link.tsx").modules,
      "src/app/shell/app-shell.tsx",
      "src/features/preferences/preferences-view.tsx",
    ],
    signedInReads: [],
  },
  "/overview": {
    modules: ["src/app/shell/app-shell.tsx", "src/app/routes/overview.tsx"],
    signedInReads: [],
  },
  "/preferences": section("src/features/preferences/preferences-view.tsx", "/api/preferences"),
  "/consents": section("src/features/consents/consents-view.tsx", "/api/consents"),
  "/consents/receipts/:receiptId": section("src/features/consents/receipt-view.tsx", "/api/consents"),
  "/data": section("src/features/data/data-view.tsx", "/api/data"),
  "/requests": section("src/features/requests/requests-view.tsx", "/api/requests"),
  // Its read names the request, so it starts with the page's code (the route's loader), not as a preload.
  "/requests/:id": {
    modules: ["src/app/shell/app-shell.tsx", "src/features/requests/request-detail-view.tsx"],
    signedInReads: [],
  },
  "/history": section("src/features/activity/history-view.tsx", "/api/activity"),
};

/** Every signed-in page loader checks the session first, and "/" goes wherever the session says. */
export const sessionRead = "/api/session";
