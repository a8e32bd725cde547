import { QueryCache, QueryClient } from "@tanstack/react-query";
import { isApiError } from "../api/errors.ts";
import type { PrivacyApi } from "../api/privacy-api.ts";
import { sessionQuery } from "../api/client/queries.ts";

/** A 401 anywhere means the session ended: forget it, and the route guard sends the person to sign in. */
export function createAppQueryClient(api: PrivacyApi): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isApiError(error, "unauthorized")) client.setQueryData(sessionQuery(api).queryKey, null);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => failures < 2 && isApiError(error, "network"),
      },
    },
  });
  return client;
}
