import { z } from "zod/mini";
import { redirectMaxLength, isAppPath } from "../rules/safe-redirect.ts";
import { isoDateTimeSchema, localeSchema } from "./common.ts";
import { emailAddressSchema } from "./email-address.ts";
import { subjectSchema } from "./subject.ts";

/** What a staff account may do: `support` looks, `support_lead` may also act on a customer's behalf. */
export const staffRoleSchema = z.enum(["support", "support_lead"]);
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const sessionActorSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("customer") }),
  z.object({
    kind: z.literal("support"),
    agentName: z.string().check(z.minLength(1)),
    reason: z.string().check(z.minLength(1)),
    mode: z.enum(["read_only", "act"]),
    ticket: z.optional(z.string().check(z.minLength(1))),
  }),
  /** A staff member at the support console, not yet looking at any customer. */
  z.object({ kind: z.literal("staff"), name: z.string().check(z.minLength(1)), role: staffRoleSchema }),
]);
export type SessionActor = z.infer<typeof sessionActorSchema>;

export const sessionSchema = z.object({
  subject: subjectSchema,
  /** `full` after a magic link; `preferences` after a footer link; `staff` at the support console. */
  scope: z.enum(["full", "preferences", "staff"]),
  actor: sessionActorSchema,
  createdAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionStateSchema = z.object({ session: z.nullable(sessionSchema) });

/**
 * When this browser's session ends, read without counting as activity (so a page that only watches the clock
 * never keeps an idle session alive). `expiresAt` is the earlier of the idle and the absolute end, as in the
 * session; `absoluteExpiresAt` is the end no activity can move: once `expiresAt` reaches it, staying signed in
 * cannot help.
 */
export const sessionExpirySchema = z.object({
  expiry: z.nullable(
    z.object({
      expiresAt: isoDateTimeSchema,
      absoluteExpiresAt: isoDateTimeSchema,
    }),
  ),
});
export type SessionExpiry = NonNullable<z.infer<typeof sessionExpirySchema>["expiry"]>;

export const magicLinkRequestSchema = z.object({
  email: emailAddressSchema,
  redirectTo: z.optional(
    z
      .string()
      .check(
        z.maxLength(redirectMaxLength),
        z.refine(isAppPath, "must be a path in this app"),
        z.meta({ description: "A path in this app: one leading slash, no backslash or control character" }),
      ),
  ),
  locale: z.optional(localeSchema),
});
export type MagicLinkRequest = z.infer<typeof magicLinkRequestSchema>;

/** The same answer whether or not the address is known. */
export const magicLinkAcceptedSchema = z.object({ status: z.literal("sent") });

export const sessionCreateSchema = z.object({ token: z.string().check(z.minLength(20), z.maxLength(200)) });

export const createdSessionSchema = z.object({ session: sessionSchema, redirectTo: z.nullable(z.string()) });
export type CreatedSession = z.infer<typeof createdSessionSchema>;

export const outboxMessageSchema = z.object({
  id: z.string(),
  to: emailAddressSchema,
  subject: z.string(),
  text: z.string(),
  link: z.nullable(z.string()),
  at: isoDateTimeSchema,
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export const outboxSchema = z.object({ messages: z.array(outboxMessageSchema) });
