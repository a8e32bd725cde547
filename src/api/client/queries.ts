import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { PrivacyApi } from "../privacy-api.ts";

/** The single source of every query key; mutations invalidate through these `queryKey`s. */
export const sessionQuery = (api: PrivacyApi) =>
  queryOptions({ queryKey: ["session"], queryFn: () => api.getSession(), staleTime: 60_000 });

export const preferencesQuery = (api: PrivacyApi) =>
  queryOptions({ queryKey: ["preferences"], queryFn: () => api.getPreferences() });

/** What a preference write makes stale besides the preferences themselves: the history that records it. */
export const preferenceWriteInvalidates = [["activity"]] as const;

/** Preference writes run one at a time, in the order they were made, each on the version the last one returned. */
export const preferenceWriteScope = { id: "preferences" };
export const preferenceWriteKey = ["preferences", "update"] as const;

export const consentsQuery = (api: PrivacyApi) =>
  queryOptions({ queryKey: ["consents"], queryFn: () => api.getConsents() });

/** Consent writes run one at a time, in order, each on the version the last one returned; history records them. */
export const consentWriteScope = { id: "consents" };
export const consentWriteKey = ["consents", "change"] as const;
export const consentWriteInvalidates = [["activity"]] as const;

export const dataQuery = (api: PrivacyApi) => queryOptions({ queryKey: ["data"], queryFn: () => api.getData() });

export const requestsQuery = (api: PrivacyApi) =>
  queryOptions({ queryKey: ["requests"], queryFn: () => api.listRequests() });

/**
 * The history a page at a time, newest first: `fetchNextPage` asks for the events older than the last one shown.
 * Writes invalidate `["activity"]`, which refetches the pages shown from the newest one.
 */
export const historyQuery = (api: PrivacyApi) =>
  infiniteQueryOptions({
    queryKey: ["activity", "pages"],
    queryFn: ({ pageParam }) => api.listActivity(pageParam === null ? {} : { cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

/** How many of the latest events the overview shows. */
export const recentActivityCount = 3;

/** The overview's few latest events: one short page, never the whole history. */
export const recentActivityQuery = (api: PrivacyApi) =>
  queryOptions({
    queryKey: ["activity", "recent"],
    queryFn: async () => (await api.listActivity({ limit: recentActivityCount })).events,
  });

export const devOutboxQuery = (api: PrivacyApi) =>
  queryOptions({ queryKey: ["dev-outbox"], queryFn: () => api.listDevOutbox(), retry: false });

export const requestQuery = (api: PrivacyApi, id: string) =>
  queryOptions({ queryKey: ["requests", id], queryFn: () => api.getRequest(id) });

/** What filing or cancelling a request makes stale: the list, that request, and the history that records it. */
export const requestWriteInvalidates = [["requests"], ["activity"]] as const;
