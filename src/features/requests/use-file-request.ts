import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { requestQuery, requestWriteInvalidates } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import type { NewPrivacyRequest } from "../../api/contract/requests.ts";

/**
 * Files one request. The key is made once per form, so a double click or "Try again" files it once; a refused
 * attempt writes nothing, so the same key is safe to reuse after the person fixes a field.
 */
export function useFileRequest() {
  const api = useApi();
  const queryClient = useQueryClient();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const mutation = useMutation({
    mutationFn: (input: NewPrivacyRequest) => api.createRequest(input, { idempotencyKey }),
    onSuccess: (request) => queryClient.setQueryData(requestQuery(api, request.id).queryKey, request),
    onError: () => setIdempotencyKey(crypto.randomUUID()),
    onSettled: () =>
      Promise.all(requestWriteInvalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
  return mutation;
}
