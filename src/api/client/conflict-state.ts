import type { QueryClient, QueryKey } from "@tanstack/react-query";
import type { z } from "zod/mini";
import { isApiError } from "../errors.ts";

/**
 * A refused write (409) answers with the resource as it now stands: checked with the contract's schema and put on
 * screen in place of what the page showed. The schema is loaded here, not imported by the page (decisions 0080
 * and 0081); it is loaded by now anyway, since the refused write went through the same contract module.
 */
export async function showConflictState<T>(
  queryClient: QueryClient,
  queryKey: QueryKey,
  error: unknown,
  loadSchema: () => Promise<z.ZodMiniType<T>>,
): Promise<void> {
  if (!isApiError(error, "conflict")) return;
  const fresh = (await loadSchema()).safeParse(error.current);
  if (fresh.success) queryClient.setQueryData(queryKey, fresh.data);
}
