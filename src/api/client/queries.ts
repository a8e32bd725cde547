import { queryOptions } from "@tanstack/react-query";
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

export const dataQuery = (api: PrivacyApi) => queryOptions({ queryKey: ["data"], queryFn: () => api.getData() });

export const requestsQuery = (api: PrivacyApi) =>
  queryOptions({ queryKey: ["requests"], queryFn: () => api.listRequests() });

export const activityQuery = (api: PrivacyApi) =>
  queryOptions({ queryKey: ["activity"], queryFn: () => api.listActivity() });

export const devOutboxQuery = (api: PrivacyApi) =>
  queryOptions({ queryKey: ["dev-outbox"], queryFn: () => api.listDevOutbox(), retry: false });
