import { z } from "zod";
import { redirectMaxLength, isAppPath } from "../rules/safe-redirect.ts";
import { isoDateTimeSchema, localeSchema } from "./common.ts";
import { emailAddressSchema } from "./email-address.ts";
import { subjectSchema } from "./subject.ts";

export const sessionActorSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("customer") }),
  z.object({
    kind: z.literal("support"),
    agentName: z.string().min(1),
    reason: z.string().min(1),
    mode: z.enum(["read_only", "act"]),
  }),
]);

export const sessionSchema = z.object({
  subject: subjectSchema,
  /** `full` after a magic link; `preferences` after a footer link. */
  scope: z.enum(["full", "preferences"]),
  actor: sessionActorSchema,
  createdAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionStateSchema = z.object({ session: sessionSchema.nullable() });

export const magicLinkRequestSchema = z.object({
  email: emailAddressSchema,
  redirectTo: z
    .string()
    .max(redirectMaxLength)
    .refine(isAppPath, "must be a path in this app")
    .meta({ description: "A path in this app: one leading slash, no backslash or control character" })
    .optional(),
  locale: localeSchema.optional(),
});
export type MagicLinkRequest = z.infer<typeof magicLinkRequestSchema>;

/** The same answer whether or not the address is known. */
export const magicLinkAcceptedSchema = z.object({ status: z.literal("sent") });

export const sessionCreateSchema = z.object({ token: z.string().min(20).max(200) });

export const createdSessionSchema = z.object({ session: sessionSchema, redirectTo: z.string().nullable() });
export type CreatedSession = z.infer<typeof createdSessionSchema>;

export const outboxMessageSchema = z.object({
  id: z.string(),
  to: emailAddressSchema,
  subject: z.string(),
  text: z.string(),
  link: z.string().nullable(),
  at: isoDateTimeSchema,
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export const outboxSchema = z.object({ messages: z.array(outboxMessageSchema) });
