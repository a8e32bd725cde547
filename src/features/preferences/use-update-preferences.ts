import { useMutation, useMutationState, useQueryClient } from "@tanstack/react-query";
import {
  preferencesQuery,
  preferenceWriteInvalidates,
  preferenceWriteKey,
  preferenceWriteScope,
} from "../../api/client/queries.ts";
import { showConflictState } from "../../api/client/conflict-state.ts";
import { useApi } from "../../api/client/use-api.ts";
import type { PreferenceChange, Preferences } from "../../api/contract/preferences.ts";
import { previewPreferenceChanges, type PreferenceCatalog } from "../../api/rules/preferences.ts";

/** One write as the person made it; the key makes a retry of the same write apply once. */
export interface PreferenceWrite {
  changes: PreferenceChange[];
  idempotencyKey: string;
}

export const preferenceWrite = (changes: PreferenceChange[]): PreferenceWrite => ({
  changes,
  idempotencyKey: crypto.randomUUID(),
});

/**
 * Saves preference changes the moment they are made, one at a time and in order (one mutation scope), each on
 * the version the previous one returned: the base version is read when the write runs, not when it was made.
 * A 409 puts the server's fresh state on screen; the caller shows why.
 */
export function useUpdatePreferences() {
  const api = useApi();
  const queryClient = useQueryClient();
  const query = preferencesQuery(api);
  return useMutation({
    mutationKey: preferenceWriteKey,
    scope: preferenceWriteScope,
    mutationFn: async (write: PreferenceWrite) => {
      const current = queryClient.getQueryData(query.queryKey) ?? (await queryClient.fetchQuery(query));
      return api.updatePreferences(
        { baseVersion: current.version, changes: write.changes },
        { idempotencyKey: write.idempotencyKey },
      );
    },
    onSuccess: (next) => queryClient.setQueryData(query.queryKey, next),
    onError: (error) =>
      showConflictState(
        queryClient,
        query.queryKey,
        error,
        async () => (await import("../../api/contract/preferences.ts")).preferencesSchema,
      ),
    onSettled: () =>
      Promise.all(preferenceWriteInvalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

/**
 * What the page shows: the server's state with every write still on its way applied by the same rule the
 * server uses (TanStack's optimistic update "via the UI"). A write that fails drops out, so its control
 * returns to the saved state by itself.
 */
export function usePreferencesShown(saved: Preferences, catalog: PreferenceCatalog) {
  const pending = useMutationState({
    filters: { mutationKey: preferenceWriteKey, status: "pending" },
    select: (mutation) => (mutation.state.variables as PreferenceWrite | undefined)?.changes ?? [],
  });
  // Offline, TanStack holds writes back and sends them in order once the browser is online again.
  const waiting = useMutationState({
    filters: { mutationKey: preferenceWriteKey, status: "pending", predicate: (mutation) => mutation.state.isPaused },
  });
  return {
    shown: previewPreferenceChanges(saved, pending.flat(), catalog),
    saving: pending.length > 0,
    waitingForNetwork: waiting.length > 0,
  };
}
