import { z } from "zod/mini";
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
  before: z.nullable(z.string()),
  after: z.nullable(z.string()),
});
export type ActivityEvent = z.infer<typeof activityEventSchema>;

export const activityListSchema = z.object({ events: z.array(activityEventSchema) });
