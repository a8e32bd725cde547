/**
 * What a privacy request can ask for, without zod: the requests page filters and labels by type before any schema
 * is wanted (decision 0081). The contract's `requestTypeSchema` is built from them.
 */
export const requestTypes = ["access", "correction", "deletion", "restriction", "objection"] as const;
export type RequestType = (typeof requestTypes)[number];

export const isRequestType = (value: unknown): value is RequestType =>
  (requestTypes as readonly unknown[]).includes(value);
