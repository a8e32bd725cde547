import { dehydrate, QueryClient, type DehydratedState } from "@tanstack/react-query";
import { setupI18n, type I18n, type Messages } from "@lingui/core";
import { I18nProvider } from "@lingui/react";
import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, matchRoutes, StaticRouterProvider } from "react-router";
import type { OperatorConfig } from "../api/contract/operator-config.ts";
import type { DemoControls } from "../api/client/create-api.ts";
import type { PrivacyApi } from "../api/privacy-api.ts";
import { sessionQuery } from "../api/client/queries.ts";
import { AppProviders } from "../app/app-providers.tsx";
import { appRoutes } from "../app/router.tsx";
import { accessibleBrand } from "../config/accessible-brand.ts";
import { readableOn } from "../config/contrast.ts";
import { pickLocale } from "../i18n/pick-locale.ts";
import { withoutStyleAttributes } from "./markup-styles.tsx";
import { readOnlyApi } from "./read-only-api.ts";

/**
 * The server's prerender of the public pages (decision 0058): the same route table and components the browser
 * runs, rendered to HTML for a visitor without a session, so the page paints its own text before any script
 * arrives and the browser then hydrates it. Built with `vite build --ssr` into dist/.ssr; the server loads that
 * build output, never this source.
 */

// The very parts the browser loads (build/catalog-parts-plugin.ts), so hydration finds the same text.
const catalogParts = [
  import.meta.glob<Messages>("../i18n/locales/*.json", { query: { part: "public" }, eager: true, import: "default" }),
  import.meta.glob<Messages>("../i18n/locales/*.json", { query: { part: "signedIn" }, eager: true, import: "default" }),
];
const messagesOf = (locale: string): Messages =>
  Object.assign({}, ...catalogParts.map((part) => part[`../i18n/locales/${locale}.json`]));

/** No session and no network: the page's loaders see a signed-out visitor, and nothing else is asked for. */
const signedOutApi = new Proxy({} as PrivacyApi, {
  get: (_target, name) =>
    name === "getSession"
      ? () => Promise.resolve(null)
      : () => Promise.reject(new Error(`The prerender does not call the API (${String(name)})`)),
});

export interface PrerenderRequest {
  /** Path and search as the visitor asked for them. */
  url: string;
  locale: string;
  config: OperatorConfig;
}

export interface Prerendered {
  /** What goes inside the app's root element. */
  html: string;
  /** The router's loader data, for the browser's router to start from instead of loading again. */
  loaderData: Record<string, unknown>;
  /** The ids of the routes rendered, outermost first: the browser hydrates only if it matches the same. */
  matches: string[];
}

const routeTable = appRoutes({ api: signedOutApi, queryClient: new QueryClient() });

/**
 * The route pattern a path lands on ("sign-in", "p/:token", "*" for a page that does not exist), so the server
 * keeps one rendering per pattern, never one per path a visitor made up.
 */
export function routePattern(path: string): string | null {
  const matches = matchRoutes(routeTable, path);
  if (!matches) return null;
  return matches
    .map((match) => match.route.path)
    .filter(Boolean)
    .join("/");
}

/** One Lingui instance per language, kept: its messages never change while the server runs. */
const translators = new Map<string, I18n>();
function translator(locale: string): I18n {
  let i18n = translators.get(locale);
  if (!i18n) {
    // English where the language lacks a text, as the browser's catalogs are checked to have every key anyway.
    const messages = { ...messagesOf("en"), ...messagesOf(locale) };
    i18n = setupI18n({ locale, messages: { [locale]: messages } });
    translators.set(locale, i18n);
  }
  return i18n;
}

/**
 * The static demo's pages are rendered at build time (build/demo-prerender-plugin.ts) with the demo's own controls
 * shown, as the browser shows them; rendering never presses them, so none acts here.
 */
const demoOf = (config: OperatorConfig): DemoControls | null =>
  config.api.mode === "mock" ? { reset: async () => undefined } : null;

/** Renders the matched routes once their loaders have run; null when they redirect or fail. */
async function renderRoutes(
  url: string,
  api: PrivacyApi,
  queryClient: QueryClient,
  locale: string,
  config: OperatorConfig,
) {
  const handler = createStaticHandler(appRoutes({ api, queryClient }));
  const context = await handler.query(new Request(new URL(url, "http://prerender.invalid")));
  if (context instanceof Response || context.errors) return null;
  await settled(queryClient);
  // A read that failed shows its error in the browser, which may retry it: that page is the browser's to render.
  if (
    queryClient
      .getQueryCache()
      .getAll()
      .some((query) => query.state.status !== "success")
  )
    return null;
  const router = createStaticRouter(handler.dataRoutes, context);
  const i18n = translator(locale);
  const html = renderToString(
    <I18nProvider i18n={i18n}>
      <AppProviders api={api} demo={demoOf(config)} config={config} queryClient={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProviders>
    </I18nProvider>,
  );
  // A boundary that suspended would render differently in the browser, which has no pending read to wait for.
  if (html.includes("<!--$?-->") || html.includes("<!--$!-->")) return null;
  const styled = withoutStyleAttributes(html);
  if (styled === null) return null;
  return { html: styled, loaderData: context.loaderData, matches: context.matches.map((match) => match.route.id) };
}

/** Waits until no query is loading: section loaders start their reads without waiting for them. */
function settled(queryClient: QueryClient): Promise<void> {
  return new Promise((resolve) => {
    if (queryClient.isFetching() === 0) return resolve();
    const stop = queryClient.getQueryCache().subscribe(() => {
      if (queryClient.isFetching() > 0) return;
      stop();
      resolve();
    });
  });
}

/**
 * The page's HTML for a signed-out visitor, or null where the page cannot be known before the browser runs
 * (a redirect, a loader error, or a page that needs a session).
 */
export async function prerender({ url, locale, config }: PrerenderRequest): Promise<Prerendered | null> {
  const queryClient = new QueryClient();
  queryClient.setQueryData(sessionQuery(signedOutApi).queryKey, null);
  return renderRoutes(url, signedOutApi, queryClient, locale, config);
}

export interface SignedInRequest {
  /** Path and search as the visitor asked for them. */
  url: string;
  /** The browser's languages, as Accept-Language lists them. */
  browser: readonly string[];
  config: OperatorConfig;
  /** The server's own API in process, with the visitor's cookies: what the browser's fetch would answer. */
  fetch: typeof globalThis.fetch;
}

export interface SignedInPage extends Prerendered {
  /** The language the browser's boot picks for this session (the subject's own, src/app/boot.tsx). */
  locale: string;
  /** The query cache the page was rendered from, for the browser to start from instead of asking again. */
  queries: DehydratedState;
}

/**
 * A signed-in page rendered with its session's own data, read through the server's handlers exactly as the
 * browser would read them; null when there is no session (the signed-out page applies) or the page cannot be
 * known here (a redirect, a failed read): the browser then renders it as before.
 */
export async function renderSignedIn({ url, browser, config, fetch }: SignedInRequest): Promise<SignedInPage | null> {
  const api = readOnlyApi(fetch);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const session = await queryClient.fetchQuery(sessionQuery(api)).catch(() => null);
  if (!session) return null;
  const locale = pickLocale({
    chosen: null,
    subject: session.subject.locale,
    browser: [...browser],
    enabled: config.locales.enabled,
    fallback: config.locales.default,
  });
  const page = await renderRoutes(url, api, queryClient, locale, config);
  return page && { ...page, locale, queries: dehydrate(queryClient) };
}

export { markupStyleSheet } from "./markup-styles.tsx";

/** The brand colours as custom properties, as config/apply-brand.ts sets them in the browser. */
export function brandStyle(config: OperatorConfig): string {
  const { brand } = accessibleBrand(config.brand);
  return `:root{--brand-primary:${brand.primary};--brand-on-primary:${brand.onPrimary};--brand-accent-dark:${readableOn(brand.primary, "#18181b")}}`;
}
