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
  /** `staff` opens the support console for a staff address; its name and role come from the staff record. */
  scope: z.enum(["full", "preferences", "staff"]).default("full"),
  actor: sessionActorSchema.default({ kind: "customer" }),
  /**
   * Starts the session this many minutes ago, to try what an older sign-in may not do (step-up before a
   * deletion) or what a session near its idle end shows (the timeout warning); below the 30-minute idle limit,
   * so the session is still alive.
   */
  ageMinutes: z.int().min(0).max(29).default(0),
});
export type DevSessionRequest = z.input<typeof devSessionRequestSchema>;

export const devSessionSchema = z.object({ session: sessionSchema });
