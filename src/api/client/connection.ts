import { useQueryClient, type Query, type QueryClient } from "@tanstack/react-query";
import { useCallback, useSyncExternalStore } from "react";
import { isApiError } from "../errors.ts";

export type ConnectionTrouble = "offline" | "unreachable" | null;

/** A read that failed, or is failing and being retried, because no answer came back at all. */
function unanswered(query: Query): boolean {
  const { status, error, fetchFailureReason } = query.state;
  return (status === "error" && isApiError(error, "network")) || isApiError(fetchFailureReason, "network");
}

function troubleOf(client: QueryClient): ConnectionTrouble {
  if (typeof navigator !== "undefined" && !navigator.onLine) return "offline";
  return client.getQueryCache().getAll().some(unanswered) ? "unreachable" : null;
}

const noTroubleYet = (): ConnectionTrouble => null;

/**
 * Whether the app can reach its API right now: the browser says it is offline, or a read got no answer. Derived
 * from the query cache, so it clears itself the moment any retry gets through.
 */
export function useConnectionTrouble(): ConnectionTrouble {
  const client = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => {
      const unsubscribe = client.getQueryCache().subscribe(onChange);
      window.addEventListener("online", onChange);
      window.addEventListener("offline", onChange);
      return () => {
        unsubscribe();
        window.removeEventListener("online", onChange);
        window.removeEventListener("offline", onChange);
      };
    },
    [client],
  );
  // A page the server rendered had every read answered; the browser's own view follows right after hydration.
  return useSyncExternalStore(subscribe, () => troubleOf(client), noTroubleYet);
}

/** Asks again for every read that got no answer (shown or not), so a page waiting on one recovers by itself. */
export function retryUnanswered(client: QueryClient): Promise<void> {
  return client.refetchQueries({ predicate: (query) => unanswered(query) });
}
