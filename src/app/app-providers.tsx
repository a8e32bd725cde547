import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { PrivacyApi } from "../api/privacy-api.ts";
import { ApiContext } from "../api/use-api.ts";
import type { OperatorConfig } from "../config/schema.ts";
import { ConfigContext } from "../config/use-config.ts";

interface AppProvidersProps {
  api: PrivacyApi;
  config: OperatorConfig;
  queryClient: QueryClient;
  children: ReactNode;
}

export function AppProviders({ api, config, queryClient, children }: AppProvidersProps) {
  return (
    <ConfigContext value={config}>
      <ApiContext value={api}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ApiContext>
    </ConfigContext>
  );
}
