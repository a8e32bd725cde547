import { z } from "zod";
import { channelIdSchema, idSchema, isoDateTimeSchema, versionSchema } from "./common.ts";
import { frequencySchema } from "./catalog.ts";

export const topicPreferenceSchema = z.object({
  topicId: idSchema,
  channels: z.partialRecord(channelIdSchema, z.boolean()),
  frequency: frequencySchema.optional(),
});
export type TopicPreference = z.infer<typeof topicPreferenceSchema>;

/** A topic is only sent on a channel when both the topic's switch and the channel's switch are on. */
export const preferencesSchema = z.object({
  version: versionSchema,
  channels: z.partialRecord(channelIdSchema, z.boolean()),
  topics: z.array(topicPreferenceSchema),
  pausedUntil: isoDateTimeSchema.nullable(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const preferenceChangeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("channel"), channelId: channelIdSchema, on: z.boolean() }),
  z.object({ kind: z.literal("topic"), topicId: idSchema, channelId: channelIdSchema, subscribed: z.boolean() }),
  z.object({ kind: z.literal("frequency"), topicId: idSchema, frequency: frequencySchema }),
  z.object({ kind: z.literal("pause"), until: isoDateTimeSchema.nullable() }),
  z.object({ kind: z.literal("stop_all_marketing") }),
]);
export type PreferenceChange = z.infer<typeof preferenceChangeSchema>;

export const preferencesUpdateSchema = z.object({
  baseVersion: versionSchema,
  changes: z.array(preferenceChangeSchema).min(1).max(100),
});
export type PreferencesUpdate = z.infer<typeof preferencesUpdateSchema>;
