import { z } from "zod/mini";
import { channelIdSchema, idSchema, isoDateTimeSchema, versionSchema } from "./common.ts";
import { frequencySchema } from "./catalog.ts";

export const topicPreferenceSchema = z.object({
  topicId: idSchema,
  channels: z.partialRecord(channelIdSchema, z.boolean()),
  frequency: z.optional(frequencySchema),
});
export type TopicPreference = z.infer<typeof topicPreferenceSchema>;

const clockTimeSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time like 09:00"));

/** "Not before 9:00, not after 20:00", in the customer's own time zone. */
export const quietHoursSchema = z
  .object({
    /** Nothing interrupting before this time… */
    notBefore: clockTimeSchema,
    /** …nor after this one. */
    notAfter: clockTimeSchema,
    timeZone: z.string().check(
      z.minLength(1),
      z.maxLength(64),
      z.refine((zone) => {
        try {
          return new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone.length > 0;
        } catch {
          return false;
        }
      }, "must be a time zone like Europe/Rome"),
    ),
  })
  .check(
    z.refine((hours) => hours.notBefore !== hours.notAfter, {
      path: ["notAfter"],
      message: "must differ from the start of the day",
    }),
  );
export type QuietHours = z.infer<typeof quietHoursSchema>;

/** A topic is only sent on a channel when both the topic's switch and the channel's switch are on. */
export const preferencesSchema = z.object({
  version: versionSchema,
  channels: z.partialRecord(channelIdSchema, z.boolean()),
  topics: z.array(topicPreferenceSchema),
  pausedUntil: z.nullable(isoDateTimeSchema),
  quietHours: z._default(z.nullable(quietHoursSchema), null),
  /**
   * How each channel reaches this customer, masked ("a•••@example.com", "•••• 4321"); a channel without one is
   * absent and cannot be switched on. Worked out on every read, never stored.
   */
  contacts: z._default(z.partialRecord(channelIdSchema, z.string()), {}),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const preferenceChangeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("channel"), channelId: channelIdSchema, on: z.boolean() }),
  z.object({ kind: z.literal("topic"), topicId: idSchema, channelId: channelIdSchema, subscribed: z.boolean() }),
  z.object({ kind: z.literal("frequency"), topicId: idSchema, frequency: frequencySchema }),
  z.object({ kind: z.literal("pause"), until: z.nullable(isoDateTimeSchema) }),
  z.object({ kind: z.literal("stop_all_marketing") }),
  z.object({ kind: z.literal("quiet_hours"), quietHours: z.nullable(quietHoursSchema) }),
]);
export type PreferenceChange = z.infer<typeof preferenceChangeSchema>;

export const preferencesUpdateSchema = z.object({
  baseVersion: versionSchema,
  changes: z.array(preferenceChangeSchema).check(z.minLength(1), z.maxLength(100)),
});
export type PreferencesUpdate = z.infer<typeof preferencesUpdateSchema>;
