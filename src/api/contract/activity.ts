import { z } from "zod";
import { actorSchema, idSchema, isoDateTimeSchema } from "./common.ts";

export const activityActionSchema = z.enum([
  "signed_in",
  "signed_out",
  "preferences_changed",
  "consent_granted",
  "consent_withdrawn",
  "request_created",
  "request_updated",
  "request_cancelled",
  "data_corrected",
  "support_access",
  "opt_out_feedback",
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

export const activityListSchema = z.object({ events: z.array(activityEventSchema) });
