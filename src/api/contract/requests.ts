import { z } from "zod/mini";
import { idSchema, isoDateTimeSchema, plainTextSchema, versionSchema } from "./common.ts";
import { correctionInputSchema, correctionSchema } from "./corrections.ts";
import { requestStatuses } from "./request-statuses.ts";
import { requestTypes } from "./request-types.ts";

export const requestTypeSchema = z.enum(requestTypes);
export type { RequestType } from "./request-types.ts";

export const requestStatusSchema = z.enum(requestStatuses);
export type { RequestStatus } from "./request-statuses.ts";

export const requestEventSchema = z.object({
  at: isoDateTimeSchema,
  status: requestStatusSchema,
  note: z.optional(z.string()),
});

export const privacyRequestSchema = z.object({
  id: idSchema,
  type: requestTypeSchema,
  scope: z.array(z.string().check(z.minLength(1))),
  details: z.string(),
  status: requestStatusSchema,
  createdAt: isoDateTimeSchema,
  dueAt: isoDateTimeSchema,
  extension: z.nullable(
    z.object({ until: isoDateTimeSchema, reason: z.string().check(z.minLength(1)), notifiedAt: isoDateTimeSchema }),
  ),
  timeline: z.array(requestEventSchema).check(z.minLength(1)),
  /** With a correction: the item, what it says and what it should say. */
  correction: z.optional(correctionSchema),
  version: versionSchema,
});
export type PrivacyRequest = z.infer<typeof privacyRequestSchema>;

export const privacyRequestListSchema = z.object({ requests: z.array(privacyRequestSchema) });

export const newPrivacyRequestSchema = z
  .object({
    type: requestTypeSchema,
    scope: z._default(z.array(plainTextSchema.check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50)), []),
    details: z._default(plainTextSchema.check(z.trim(), z.maxLength(2000)), ""),
    /** Required with type "correction", refused with any other; its value is checked against the item's kind. */
    correction: z.optional(correctionInputSchema),
  })
  .check(
    z.superRefine((request, ctx) => {
      if (request.type === "correction" && !request.correction)
        ctx.addIssue({ code: "custom", path: ["correction"], message: "is required for a correction" });
      if (request.type !== "correction" && request.correction)
        ctx.addIssue({ code: "custom", path: ["correction"], message: "belongs only to a correction" });
    }),
  );
export type NewPrivacyRequest = z.input<typeof newPrivacyRequestSchema>;

export const cancelPrivacyRequestSchema = z.object({ baseVersion: versionSchema });
