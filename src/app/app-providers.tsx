import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { PrivacyApi } from "../api/privacy-api.ts";
import type { DemoControls } from "../api/client/create-api.ts";
import { ApiContext, DemoContext } from "../api/client/use-api.ts";
import type { OperatorConfig } from "../api/contract/operator-config.ts";
import { ConfigContext } from "../config/use-config.ts";

interface AppProvidersProps {
  api: PrivacyApi;
  demo: DemoControls | null;
  config: OperatorConfig;
  queryClient: QueryClient;
  children: ReactNode;
}

export function AppProviders({ api, demo, config, queryClient, children }: AppProvidersProps) {
  return (
    <ConfigContext value={config}>
      <ApiContext value={api}>
        <DemoContext value={demo}>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </DemoContext>
      </ApiContext>
    </ConfigContext>
  );
}
