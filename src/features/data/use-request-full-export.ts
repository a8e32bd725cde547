import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { requestsQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";

/**
 * Asks for a copy from every system, tracked as an access request. One key per attempt, kept for "Try again",
 * so a double click or a retry files it once.
 */
export function useRequestFullExport() {
  const api = useApi();
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  return useMutation({
    mutationFn: () => api.createRequest({ type: "access", scope: ["all"], details: "" }, { idempotencyKey }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: requestsQuery(api).queryKey }),
        queryClient.invalidateQueries({ queryKey: ["activity"] }),
      ]),
  });
}
