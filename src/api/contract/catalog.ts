import { z } from "zod/mini";
import { channelIdSchema, idSchema, legalBasisSchema, localizedTextSchema } from "./common.ts";

/** Channels, topics and purposes are described by the operator in the config file. */
export const channelSchema = z.object({
  id: channelIdSchema,
  label: localizedTextSchema,
  cost: z.optional(localizedTextSchema),
  enabled: z.boolean(),
});
export type Channel = z.infer<typeof channelSchema>;

export const frequencySchema = z.enum(["immediate", "daily", "weekly", "monthly"]);
export type Frequency = z.infer<typeof frequencySchema>;

export const topicSchema = z.object({
  id: idSchema,
  label: localizedTextSchema,
  description: localizedTextSchema,
  sender: z.string().check(z.minLength(1)),
  purpose: localizedTextSchema,
  frequency: localizedTextSchema,
  /** A message of this topic as the customer would see it, so they know what they are choosing. */
  example: z.optional(localizedTextSchema),
  /** Service messages: shown and explained, never switchable. */
  required: z._default(z.boolean(), false),
  channels: z.array(channelIdSchema).check(z.minLength(1)),
  frequencies: z._default(z.array(frequencySchema), []),
  /** What a new subscriber gets unless they choose otherwise; never true for marketing (no pre-ticked boxes). */
  marketing: z._default(z.boolean(), true),
});
export type Topic = z.infer<typeof topicSchema>;

export const purposeSchema = z.object({
  id: idSchema,
  label: localizedTextSchema,
  description: localizedTextSchema,
  legalBasis: legalBasisSchema,
  recipients: z.array(z.string().check(z.minLength(1))),
  retention: localizedTextSchema,
  /** Days after which a consent must be renewed; absent means it does not lapse. */
  consentLifetimeDays: z.optional(z.int().check(z.positive())),
  /** Sale or sharing of personal data (CCPA): a GPC signal is an opt-out for these. */
  saleOrShare: z._default(z.boolean(), false),
  textVersion: z.string().check(z.minLength(1)),
});
export type Purpose = z.infer<typeof purposeSchema>;
