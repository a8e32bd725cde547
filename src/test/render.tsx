import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { I18nProvider } from "@lingui/react";
import type { ReactNode } from "react";
import { createMemoryRouter, RouterProvider, type RouteObject } from "react-router";
import defaultConfig from "../../public/privacy-center.config.json" with { type: "json" };
import type { PrivacyApi } from "../api/privacy-api.ts";
import { ApiContext } from "../api/client/use-api.ts";
import { operatorConfigSchema, type OperatorConfig } from "../api/contract/operator-config.ts";
import { ConfigContext } from "../config/use-config.ts";
import { compileCatalog } from "../i18n/compile-catalog.ts";
import { appI18n } from "../i18n/i18n.ts";
import en from "../i18n/locales/en.json" with { type: "json" };
import { SectionBoundary } from "../ui/section-boundary.tsx";

export const testConfig: OperatorConfig = operatorConfigSchema.parse(defaultConfig);

appI18n.load("en", compileCatalog(en));
appI18n.activate("en");

/**
 * Renders UI the way the app does: real config, real catalog, a real (mock) backend, a memory router. `routes`
 * adds pages a link may lead to, so a test can follow it; `config` replaces the default operator config.
 */
export function renderWithApp(
  ui: ReactNode,
  {
    api,
    path = "/",
    pattern = "*",
    routes = [],
    config = testConfig,
  }: { api: PrivacyApi; path?: string; pattern?: string; routes?: RouteObject[]; config?: OperatorConfig },
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [...routes, { path: pattern, element: <SectionBoundary what="this page">{ui}</SectionBoundary> }],
    { initialEntries: [path] },
  );
  const rendered = render(
    <I18nProvider i18n={appI18n}>
      <ConfigContext value={config}>
        <ApiContext value={api}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </ApiContext>
      </ConfigContext>
    </I18nProvider>,
  );
  return Object.assign(rendered, { router });
}
