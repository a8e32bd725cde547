import { onlineManager, useMutation, useMutationState, useQueryClient } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import {
  consentsQuery,
  consentWriteInvalidates,
  consentWriteKey,
  consentWriteScope,
} from "../../api/client/queries.ts";
import { showConflictState } from "../../api/client/conflict-state.ts";
import { useApi } from "../../api/client/use-api.ts";
import type { ConsentState, Consents } from "../../api/contract/consents.ts";
import { previewConsentChanges, withChangeSaved } from "../../api/rules/consent-view.ts";
import { useConfig } from "../../config/use-config.ts";

/** One change as the person made it; the key makes a retry of the same change apply once. */
export interface ConsentWrite {
  purposeId: string;
  state: ConsentState;
  idempotencyKey: string;
}

export const consentWrite = (purposeId: string, state: ConsentState): ConsentWrite => ({
  purposeId,
  state,
  idempotencyKey: crypto.randomUUID(),
});

/**
 * Saves a consent change the moment it is made, one at a time and in order (one mutation scope), each on the
 * version the previous one returned (read when the write runs), naming the text version the page shows: the
 * purpose's current one from the config. A 409 puts the server's fresh state on screen; the caller says why.
 */
export function useChangeConsent() {
  const api = useApi();
  const config = useConfig();
  const queryClient = useQueryClient();
  const query = consentsQuery(api);
  return useMutation({
    mutationKey: consentWriteKey,
    scope: consentWriteScope,
    mutationFn: async (write: ConsentWrite) => {
      const current = queryClient.getQueryData(query.queryKey) ?? (await queryClient.fetchQuery(query));
      const purpose = config.purposes.find((candidate) => candidate.id === write.purposeId);
      return api.changeConsent(
        {
          baseVersion: current.version,
          purposeId: write.purposeId,
          state: write.state,
          textVersion: purpose?.textVersion ?? "",
        },
        { idempotencyKey: write.idempotencyKey },
      );
    },
    // The answer holds the new record only; the list it joins is the one this write was based on (read above).
    onSuccess: (change) =>
      queryClient.setQueryData(query.queryKey, (saved) => (saved ? withChangeSaved(saved, change) : saved)),
    onError: (error) =>
      showConflictState(
        queryClient,
        query.queryKey,
        error,
        async () => (await import("../../api/contract/consents.ts")).consentsSchema,
      ),
    onSettled: () =>
      Promise.all(consentWriteInvalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

const subscribeOnline = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();

/**
 * What the page shows: the server's statuses with every change still on its way applied by the same rule the
 * backends use. A change that fails drops out, so its switch returns to the saved state by itself. Offline, a
 * change waits (TanStack pauses it) and is sent when the browser is back online; `waitingIds` says which.
 */
export function useConsentsShown(saved: Consents, now: Date) {
  const config = useConfig();
  const online = useSyncExternalStore(subscribeOnline, isOnline, isOnline);
  const pending = useMutationState({
    filters: { mutationKey: consentWriteKey, status: "pending" },
    select: (mutation) => mutation.state.variables as ConsentWrite,
  });
  const ids = new Set(pending.map((write) => write.purposeId));
  return {
    shown: previewConsentChanges(saved, pending, config.purposes, now),
    savingIds: online ? ids : new Set<string>(),
    waitingIds: online ? new Set<string>() : ids,
  };
}
