import { z } from "zod/mini";
import { channelIdSchema, idSchema } from "./common.ts";
import { sessionSchema } from "./session.ts";

/** A signed footer link's token (base64url), as found in /p/{token} and /u/{token}. */
export const footerTokenSchema = z
  .string()
  .check(z.minLength(20), z.maxLength(400), z.regex(/^[A-Za-z0-9_-]+$/, "is not a link token"));

export const footerSessionRequestSchema = z.object({ token: footerTokenSchema });

/** What the link names, for the page to put first: a topic and/or a channel; neither means all marketing. */
export const footerTargetSchema = z.object({
  topicId: z.optional(idSchema),
  channelId: z.optional(channelIdSchema),
});
export type FooterTarget = z.infer<typeof footerTargetSchema>;

export const footerSessionSchema = z.object({ session: sessionSchema, target: footerTargetSchema });
export type FooterSession = z.infer<typeof footerSessionSchema>;

/** The RFC 8058 form body; nothing else is accepted at POST /u/{token}. */
export const oneClickBody = { name: "List-Unsubscribe", value: "One-Click" } as const;

const urlSchema = z.url();

/** What an email needs to carry a footer link: the two URLs and the RFC 8058 headers. */
export const footerLinksSchema = z.object({
  preferencesUrl: urlSchema,
  unsubscribeUrl: urlSchema,
  listUnsubscribeHeaders: z.object({
    "List-Unsubscribe": z.string(),
    "List-Unsubscribe-Post": z.literal("List-Unsubscribe=One-Click"),
  }),
});
export type FooterLinks = z.infer<typeof footerLinksSchema>;

export const footerLinkRequestSchema = z.extend(footerTargetSchema, {
  /** Seconds until the link stops working; absent: until the signing key is retired. */
  expiresInSeconds: z.optional(z.int().check(z.positive(), z.lte(10 * 366 * 86_400))),
});

/** Development and tests: the links a newsletter to this address would carry. */
export const devFooterLinkRequestSchema = z.extend(footerLinkRequestSchema, { email: z.email() });
export type DevFooterLinkRequest = z.input<typeof devFooterLinkRequestSchema>;

export const devFooterLinkSchema = z.extend(footerLinksSchema, { token: footerTokenSchema });
export type DevFooterLink = z.infer<typeof devFooterLinkSchema>;
