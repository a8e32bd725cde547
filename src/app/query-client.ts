import { QueryCache, QueryClient } from "@tanstack/react-query";
import { isApiError } from "../api/errors.ts";
import type { PrivacyApi } from "../api/privacy-api.ts";
import { sessionQuery } from "../api/client/queries.ts";

/** 1 s, 2 s, 4 s: a blip passes unnoticed; a longer outage shows the connection banner, which keeps trying. */
export const retryDelay = (attempt: number) => Math.min(1000 * 2 ** attempt, 8000);

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
        // Only a missing answer is worth asking again; a refusal would be the same the second time.
        retry: (failures, error) => failures < 3 && isApiError(error, "network"),
        retryDelay,
      },
    },
  });
  return client;
}
