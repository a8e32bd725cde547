import { I18nProvider } from "@lingui/react";
import { hydrate, type DehydratedState, type QueryClient } from "@tanstack/react-query";
import { startTransition, useEffect, type ReactNode } from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { matchRoutes, type HydrationState, type RouteObject } from "react-router";
import { RouterProvider } from "react-router/dom";
import type { Session } from "../api/contract/session.ts";
import { createApi, type CreatedApi } from "../api/client/create-api.ts";
import { sessionQuery } from "../api/client/queries.ts";
import { isApiError } from "../api/errors.ts";
import { applyBrand } from "../config/apply-brand.ts";
import { loadOperatorConfig } from "../config/load-config.ts";
import { captureSignInToken } from "../features/auth/sign-in-token.ts";
import { appI18n, initI18n, readLocaleChoice, resolveLocale } from "../i18n/i18n.ts";
import { catalogLocales } from "../i18n/pick-locale.ts";
import { warmIntl } from "../i18n/intl-warm-up.ts";
import { AppProviders } from "./app-providers.tsx";
import { BootFailure } from "./boot-failure.tsx";
import { ConfigProblems } from "./config-problems.tsx";
import { onFirstInteraction } from "./on-first-interaction.ts";
import { nextTask } from "./next-task.ts";
import { createAppQueryClient } from "./query-client.ts";
import { appRoutes, createAppRouter } from "./router.tsx";

/**
 * Every route starts by checking the session, and the server has already preloaded it, so reading it here costs
 * no extra round trip. Once, without retries: if it fails, the route's own loader asks again and shows the error.
 * Its check against the contract comes later (decision 0065): what it returns is rendered from at once.
 */
async function readSession(
  { api, readFirstSession }: CreatedApi,
  queryClient: QueryClient,
): Promise<{ session: Session | null; check: () => Promise<unknown> }> {
  try {
    const { answer, check } = await readFirstSession();
    queryClient.setQueryData(sessionQuery(api).queryKey, answer);
    return { session: answer, check };
  } catch {
    return { session: null, check: async () => null };
  }
}

/** What the server put beside a page it prerendered (server/http/spa-document.ts). */
interface Prerendered {
  locale: string;
  /** Rendered at build time in a default language (the static demo), not in one picked for this visitor. */
  languageGuessed: boolean;
  loaderData: Record<string, unknown>;
  /** The ids of the routes it rendered, outermost first. */
  matches: string[];
  /** A signed-in page's query cache (its session and the section's reads); absent on a public page. */
  queries?: DehydratedState;
  /** The server rendered it for a browser that sent no session cookie: there is no session to ask for. */
  signedOut: boolean;
}

function readPrerendered(element: HTMLElement): Prerendered | null {
  const locale = element.dataset.prerendered;
  const data = document.getElementById("candor-hydration")?.textContent;
  if (!locale || !data) return null;
  try {
    const { loaderData, matches, queries, signedOut } = JSON.parse(data) as Omit<Prerendered, "locale">;
    if (!Array.isArray(matches) || typeof loaderData !== "object") return null;
    const languageGuessed = element.dataset.languageGuessed !== undefined;
    return {
      locale,
      languageGuessed,
      loaderData,
      matches,
      signedOut: signedOut === true,
      ...(queries ? { queries } : {}),
    };
  } catch {
    return null;
  }
}

/** The router's own ids: each route's position in the table ("0-1-0"), as react-router assigns them. */
function routeIds(routes: RouteObject[], parent: string[] = [], ids = new Map<RouteObject, string>()) {
  routes.forEach((route, index) => {
    const path = [...parent, String(index)];
    ids.set(route, route.id ?? path.join("-"));
    if (route.children) routeIds(route.children, path, ids);
  });
  return ids;
}

/**
 * The state to hydrate the server's HTML with, or null when this browser would show something else there (other
 * routes, a session). The matched routes' code is loaded first, so the first render is the page, not a fallback.
 */
async function hydrationFor(routes: RouteObject[], prerendered: Prerendered): Promise<HydrationState | null> {
  const matches = matchRoutes(routes, window.location) ?? [];
  const ids = routeIds(routes);
  const same =
    matches.length === prerendered.matches.length &&
    matches.every((match, index) => ids.get(match.route) === prerendered.matches[index]);
  if (!same) return null;
  // One route's module at a time, each evaluated in a task of its own: the server has preloaded them all, so
  // taking them in turn costs no round trip.
  for (const { route } of matches) {
    if (typeof route.lazy !== "function") continue;
    Object.assign(route, { ...(await route.lazy()), lazy: undefined });
    await nextTask();
  }
  return { loaderData: prerendered.loaderData };
}

/**
 * Text typed into the server's HTML before the script arrived is in the page but not in React's state, which
 * hydrates with the empty value: each such field is handed to React as the input it was, so nothing is lost.
 */
function replayEarlyInput(container: HTMLElement): void {
  const early = window as {
    candorHydrated?: boolean;
    candorPendingSubmit?: EventTarget;
    candorPendingClick?: EventTarget;
  };
  early.candorHydrated = true;
  for (const field of container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")) {
    if (field.type === "checkbox" || field.type === "radio" || field.value === field.defaultValue) continue;
    const typed = field.value;
    // Through React's own value tracking first, then past it, so the input event reads as a change.
    field.value = field.defaultValue;
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), "value")?.set?.call(field, typed);
    field.dispatchEvent(new Event("input", { bubbles: true }));
  }
  // A choice made in a select (the language) before hydration: React hears it as the change it was.
  for (const select of container.querySelectorAll("select")) {
    const rendered = [...select.options].find((option) => option.defaultSelected)?.value;
    if (rendered !== undefined && select.value !== rendered)
      select.dispatchEvent(new Event("change", { bubbles: true }));
  }
  // A form sent before hydration (the server's loader held it): sent now, through the app, with what was typed.
  const pending = early.candorPendingSubmit;
  delete early.candorPendingSubmit;
  // In the next task: the replayed input's state update has rendered by then, so the form sends what was typed.
  if (pending instanceof HTMLFormElement && container.contains(pending))
    setTimeout(() => pending.isConnected && pending.requestSubmit());
  // A button or switch pressed before hydration (the server's loader held it) is pressed again, now that React hears it.
  const pressed = early.candorPendingClick;
  delete early.candorPendingClick;
  if (pressed instanceof HTMLElement && container.contains(pressed))
    setTimeout(() => pressed.isConnected && pressed.click());
}

/** Its effect runs once the whole tree under it has hydrated (a parent's effects run after its children's). */
function OnHydrated({ run, children }: { run: () => void; children: ReactNode }) {
  useEffect(run, [run]);
  return children;
}

/** Start-up order matters: the token leaves the URL first, then language and config, API, and only then the router. */
export async function boot(element: HTMLElement): Promise<void> {
  captureSignInToken();
  // Read before i18n sets <html lang>: the page the server rendered, in its language, if it rendered one.
  const prerendered = readPrerendered(element);
  let root: Root | null = null;
  const render = (node: ReactNode) => {
    // Not hydrating: the server's page is replaced, so a form it held is dropped and forms are the app's now.
    (window as { candorHydrated?: boolean }).candorHydrated = true;
    (root ??= createRoot(element)).render(<I18nProvider i18n={appI18n}>{node}</I18nProvider>);
  };
  const browser = navigator.languages;
  // Config and catalog load side by side; the catalog is guessed before the config names the enabled locales.
  const guessed = resolveLocale({
    chosen: readLocaleChoice(),
    // The server's page is in the language it picked (a signed-in subject's own): its catalog, not a guess.
    subject: prerendered && !prerendered.languageGuessed ? prerendered.locale : null,
    browser,
    enabled: catalogLocales,
    fallback: "en",
  });
  // Off the main thread while the config and the catalog load (decision 0079). A public page (prerendered without
  // a session) shows no dates: there the visitor's first press starts the worker, for the pages after signing in.
  const publicPage = prerendered !== null && !prerendered.queries;
  if (!publicPage) void warmIntl(guessed);
  const [i18n, result] = await Promise.all([initI18n(guessed), loadOperatorConfig()]);
  try {
    if ("problems" in result) {
      render(<ConfigProblems problems={result.problems} />);
      return;
    }
    const { config } = result;
    applyBrand(config);
    const created = await createApi(config, { signedOut: prerendered?.signedOut ?? false });
    await nextTask();
    const { api, demo } = created;
    const queryClient = createAppQueryClient(api);
    // A page the server rendered signed in carries its session and reads: they are not asked for again.
    if (prerendered?.queries) hydrate(queryClient, prerendered.queries);
    const first = prerendered?.queries
      ? { session: queryClient.getQueryData(sessionQuery(api).queryKey) ?? null, check: async () => null }
      : await readSession(created, queryClient);
    const { session } = first;
    // The signed-in subject's language from the first paint: switching after it would move the whole page.
    const locale = resolveLocale({
      chosen: readLocaleChoice(),
      subject: session?.subject.locale ?? null,
      browser,
      enabled: config.locales.enabled,
      fallback: config.locales.default,
    });
    if (locale !== i18n.language) await i18n.changeLanguage(locale);
    // Intl loads its data with the first formatter built, inside the first component that shows a date: a worker
    // loads it instead (decision 0079), and the components wait for it here.
    if (session) await warmIntl(locale);
    await nextTask();
    const routes = appRoutes({ api, queryClient });
    // The server's HTML is kept (hydrated) only where this browser would render the very same page: the same
    // session (or none), the same language (not one chosen here that the server cannot know), no history state.
    const hydration =
      prerendered &&
      Boolean(session) === Boolean(prerendered.queries) &&
      locale === prerendered.locale &&
      window.history.state?.usr == null
        ? await hydrationFor(routes, prerendered)
        : null;
    const router = createAppRouter(routes, hydration ?? undefined);
    await nextTask();
    const app = (
      <AppProviders api={api} demo={demo} config={config} queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    );
    // As a transition, hydration yields to the browser every few ms instead of one long task (decision 0064).
    if (hydration)
      startTransition(() => {
        root = hydrateRoot(
          element,
          <I18nProvider i18n={appI18n}>
            <OnHydrated run={() => replayEarlyInput(element)}>{app}</OnHydrated>
          </I18nProvider>,
        );
      });
    else render(app);
    // What the page started from unchecked is checked by the contract's own schemas once zod is wanted anyway:
    // a config the schema refuses shows its problems, a session answer it refuses the boot failure.
    onFirstInteraction(() => {
      if (!session) void warmIntl(locale);
      created.prepare?.();
      void (async () => {
        const checked = await result.check?.();
        if (checked && "problems" in checked) return render(<ConfigProblems problems={checked.problems} />);
        await first.check();
      })().catch((error: unknown) => {
        console.error(error);
        // Only a refusal: a check whose code could not be fetched (offline) leaves the working page as it is.
        if (isApiError(error, "contract")) render(<BootFailure />);
      });
    });
  } catch (error) {
    console.error(error);
    // A start from a config not checked yet that failed: if the schema refuses that config, it names the problems.
    const checked = "config" in result ? await result.check?.().catch(() => undefined) : undefined;
    render(checked && "problems" in checked ? <ConfigProblems problems={checked.problems} /> : <BootFailure />);
  }
}
