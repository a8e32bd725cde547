import { z } from "zod";
import { channelIdSchema, idSchema, legalBasisSchema, localizedTextSchema } from "./common.ts";

/** Channels, topics and purposes are described by the operator in the config file. */
export const channelSchema = z.object({
  id: channelIdSchema,
  label: localizedTextSchema,
  cost: localizedTextSchema.optional(),
  enabled: z.boolean(),
});
export type Channel = z.infer<typeof channelSchema>;

export const frequencySchema = z.enum(["immediate", "daily", "weekly", "monthly"]);
export type Frequency = z.infer<typeof frequencySchema>;

export const topicSchema = z.object({
  id: idSchema,
  label: localizedTextSchema,
  description: localizedTextSchema,
  sender: z.string().min(1),
  purpose: localizedTextSchema,
  frequency: localizedTextSchema,
  /** A message of this topic as the customer would see it, so they know what they are choosing. */
  example: localizedTextSchema.optional(),
  /** Service messages: shown and explained, never switchable. */
  required: z.boolean().default(false),
  channels: z.array(channelIdSchema).min(1),
  frequencies: z.array(frequencySchema).default([]),
  /** What a new subscriber gets unless they choose otherwise; never true for marketing (no pre-ticked boxes). */
  marketing: z.boolean().default(true),
});
export type Topic = z.infer<typeof topicSchema>;

export const purposeSchema = z.object({
  id: idSchema,
  label: localizedTextSchema,
  description: localizedTextSchema,
  legalBasis: legalBasisSchema,
  recipients: z.array(z.string().min(1)),
  retention: localizedTextSchema,
  /** Days after which a consent must be renewed; absent means it does not lapse. */
  consentLifetimeDays: z.int().positive().optional(),
  /** Sale or sharing of personal data (CCPA): a GPC signal is an opt-out for these. */
  saleOrShare: z.boolean().default(false),
  textVersion: z.string().min(1),
});
export type Purpose = z.infer<typeof purposeSchema>;
