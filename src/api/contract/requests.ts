import { z } from "zod";
import { idSchema, isoDateTimeSchema, plainTextSchema, versionSchema } from "./common.ts";

export const requestTypeSchema = z.enum(["access", "correction", "deletion", "restriction", "objection"]);
export type RequestType = z.infer<typeof requestTypeSchema>;

export const requestStatusSchema = z.enum([
  "received",
  "verifying",
  "in_progress",
  "completed",
  "rejected",
  "cancelled",
]);
export type RequestStatus = z.infer<typeof requestStatusSchema>;

export const requestEventSchema = z.object({
  at: isoDateTimeSchema,
  status: requestStatusSchema,
  note: z.string().optional(),
});

export const privacyRequestSchema = z.object({
  id: idSchema,
  type: requestTypeSchema,
  scope: z.array(z.string().min(1)),
  details: z.string(),
  status: requestStatusSchema,
  createdAt: isoDateTimeSchema,
  dueAt: isoDateTimeSchema,
  extension: z
    .object({ until: isoDateTimeSchema, reason: z.string().min(1), notifiedAt: isoDateTimeSchema })
    .nullable(),
  timeline: z.array(requestEventSchema).min(1),
  version: versionSchema,
});
export type PrivacyRequest = z.infer<typeof privacyRequestSchema>;

export const privacyRequestListSchema = z.object({ requests: z.array(privacyRequestSchema) });

export const newPrivacyRequestSchema = z.object({
  type: requestTypeSchema,
  scope: z.array(plainTextSchema.min(1).max(100)).max(50).default([]),
  details: plainTextSchema.trim().max(2000).default(""),
});
export type NewPrivacyRequest = z.input<typeof newPrivacyRequestSchema>;

export const cancelPrivacyRequestSchema = z.object({ baseVersion: versionSchema });

export const openRequestStatuses: ReadonlySet<z.infer<typeof requestStatusSchema>> = new Set([
  "received",
  "verifying",
  "in_progress",
]);
