import { z } from "zod";
import { sessionActorSchema, sessionSchema } from "./session.ts";

/**
 * Development and test controls, never in production: a fresh copy of a demo customer, and a session of any
 * kind without the email round trip, so every end-to-end test and contract case can start from its own subject.
 */
export const devSubjectRequestSchema = z.object({
  /** The demo customer to copy, e.g. br.customer@example.com. */
  template: z.email(),
});

export const devSubjectSchema = z.object({ email: z.email() });
export type DevSubject = z.infer<typeof devSubjectSchema>;

export const devSessionRequestSchema = z.object({
  email: z.email(),
  scope: z.enum(["full", "preferences"]).default("full"),
  actor: sessionActorSchema.default({ kind: "customer" }),
});
export type DevSessionRequest = z.input<typeof devSessionRequestSchema>;

export const devSessionSchema = z.object({ session: sessionSchema });
