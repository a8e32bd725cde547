import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { z } from "zod";
import { createApi } from "../api/client/create-api.ts";
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

// The server's CSP forbids eval; without this zod probes `new Function` and the browser reports a violation.
z.config({ jitless: true });

/** Start-up order matters: the token leaves the URL first, then language, config, API, and only then the router. */
export async function boot(element: HTMLElement): Promise<void> {
  captureSignInToken();
  const root = createRoot(element);
  const browser = navigator.languages;
  const i18n = await initI18n(
    resolveLocale({ chosen: readLocaleChoice(), subject: null, browser, enabled: catalogLocales, fallback: "en" }),
  );
  try {
    const result = await loadOperatorConfig();
    if ("problems" in result) {
      root.render(<ConfigProblems problems={result.problems} />);
      return;
    }
    const { config } = result;
    const locale = resolveLocale({
      chosen: readLocaleChoice(),
      subject: null,
      browser,
      enabled: config.locales.enabled,
      fallback: config.locales.default,
    });
    if (locale !== i18n.language) await i18n.changeLanguage(locale);
    applyBrand(config);
    const { api, demo } = await createApi(config);
    const queryClient = createAppQueryClient(api);
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
