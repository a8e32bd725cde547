/**
 * What an id and a channel may be, without zod: the preferences page reads a footer link's focus from its address
 * before any schema is wanted (decision 0080). The contract's `idSchema` and `channelIdSchema` are built from it.
 */
export const channelIds = ["email", "sms", "whatsapp", "phone_call", "push", "post", "social_dm"] as const;
export const isChannelId = (value: string): value is (typeof channelIds)[number] =>
  (channelIds as readonly string[]).includes(value);

export const idMaxLength = 100;

const controlOrBroken = /[\p{Cc}\p{Cs}]/u;

/** Ids travel in paths and bodies and are looked up as they are: no control character at all, no broken Unicode. */
export const hasControlOrBrokenText = (value: string): boolean => controlOrBroken.test(value);

export const isId = (value: string): boolean =>
  value.length >= 1 && value.length <= idMaxLength && !hasControlOrBrokenText(value);
