import type { QueryClient } from "@tanstack/react-query";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import type { Session } from "../api/contract/session.ts";
import { createApi } from "../api/client/create-api.ts";
import type { PrivacyApi } from "../api/privacy-api.ts";
import { sessionQuery } from "../api/client/queries.ts";
import { applyBrand } from "../config/apply-brand.ts";
import { loadOperatorConfig } from "../config/load-config.ts";
import { captureSignInToken } from "../features/auth/sign-in-token.ts";
import { initI18n, readLocaleChoice, resolveLocale } from "../i18n/i18n.ts";
import { catalogLocales } from "../i18n/pick-locale.ts";
import { AppProviders } from "./app-providers.tsx";
import { BootFailure } from "./boot-failure.tsx";
import { ConfigProblems } from "./config-problems.tsx";
import { createAppQueryClient } from "./query-client.ts";
import { createAppRouter } from "./router.tsx";

/**
 * Every route starts by checking the session, and the server has already preloaded it, so reading it here costs
 * no extra round trip. Once, without retries: if it fails, the route's own loader asks again and shows the error.
 */
async function readSession(api: PrivacyApi, queryClient: QueryClient): Promise<Session | null> {
  try {
    const session = await api.getSession();
    queryClient.setQueryData(sessionQuery(api).queryKey, session);
    return session;
  } catch {
    return null;
  }
}

/** Start-up order matters: the token leaves the URL first, then language and config, API, and only then the router. */
export async function boot(element: HTMLElement): Promise<void> {
  captureSignInToken();
  const root = createRoot(element);
  const browser = navigator.languages;
  // Config and catalog load side by side; the catalog is guessed before the config names the enabled locales.
  const [i18n, result] = await Promise.all([
    initI18n(
      resolveLocale({ chosen: readLocaleChoice(), subject: null, browser, enabled: catalogLocales, fallback: "en" }),
    ),
    loadOperatorConfig(),
  ]);
  try {
    if ("problems" in result) {
      root.render(<ConfigProblems problems={result.problems} />);
      return;
    }
    const { config } = result;
    applyBrand(config);
    const { api, demo } = await createApi(config);
    const queryClient = createAppQueryClient(api);
    const session = await readSession(api, queryClient);
    // The signed-in subject's language from the first paint: switching after it would move the whole page.
    const locale = resolveLocale({
      chosen: readLocaleChoice(),
      subject: session?.subject.locale ?? null,
      browser,
      enabled: config.locales.enabled,
      fallback: config.locales.default,
    });
    if (locale !== i18n.language) await i18n.changeLanguage(locale);
    const router = createAppRouter({ api, queryClient });
    root.render(
      <AppProviders api={api} demo={demo} config={config} queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>,
    );
  } catch (error) {
    console.error(error);
    root.render(<BootFailure />);
  }
}
