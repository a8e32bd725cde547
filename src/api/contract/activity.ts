import { z } from "zod";
import { actorSchema, idSchema, isoDateTimeSchema } from "./common.ts";

export const activityActionSchema = z.enum([
  "signed_in",
  "signed_out",
  "preferences_changed",
  "consent_granted",
  "consent_withdrawn",
  "consent_objected",
  "objection_withdrawn",
  "request_created",
  "request_updated",
  "request_cancelled",
  "data_corrected",
  "support_access",
  "support_access_ended",
  "opt_out_feedback",
  /** Retention: by the system when an item's time is up (target `data:<field>`, before = the retention rule). */
  "data_deleted",
  "data_anonymised",
  /** after = the date the data goes unless the consent is renewed. */
  "consent_renewal_requested",
]);
export type ActivityAction = z.infer<typeof activityActionSchema>;

/** Append-only; what the customer sees as their history. */
export const activityEventSchema = z.object({
  id: idSchema,
  at: isoDateTimeSchema,
  actor: actorSchema,
  action: activityActionSchema,
  target: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type ActivityEvent = z.infer<typeof activityEventSchema>;

/** How many events one page of the history holds: the client may ask for 1 to `max`, `default` when it does not. */
export const activityPageLimits = { default: 50, max: 200 } as const;

/**
 * Query of `GET /api/activity`. Both fields are optional: no cursor is the newest page. The cursor is opaque, given
 * out by the previous page, and only walks the history of the subject it was given to.
 */
export const activityPageQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(activityPageLimits.max)
    .optional()
    .meta({
      description: `Events per page, 1 to ${activityPageLimits.max} (${activityPageLimits.default} when absent)`,
    }),
  cursor: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: "The previous page's `nextCursor`; absent for the newest page" }),
});
export interface ActivityPageQuery {
  limit?: number;
  cursor?: string;
}

/** One page of the history, newest first; `nextCursor` reads the page of older events, null at the oldest. */
export const activityPageSchema = z.object({
  events: z.array(activityEventSchema),
  nextCursor: z.string().nullable(),
});
export type ActivityPage = z.infer<typeof activityPageSchema>;
