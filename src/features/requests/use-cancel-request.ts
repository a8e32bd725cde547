import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { requestQuery, requestWriteInvalidates } from "../../api/client/queries.ts";
import { showConflictState } from "../../api/client/conflict-state.ts";
import { useApi } from "../../api/client/use-api.ts";
import type { PrivacyRequest } from "../../api/contract/requests.ts";

/** Cancels on the version shown; a 409 puts the request as it now stands on screen. */
export function useCancelRequest(request: PrivacyRequest) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const key = requestQuery(api, request.id).queryKey;
  return useMutation({
    mutationFn: () => api.cancelRequest(request.id, { baseVersion: request.version }, { idempotencyKey }),
    onSuccess: (next) => queryClient.setQueryData(key, next),
    onError: (error) =>
      showConflictState(
        queryClient,
        key,
        error,
        async () => (await import("../../api/contract/requests.ts")).privacyRequestSchema,
      ),
    onSettled: () =>
      Promise.all(requestWriteInvalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
