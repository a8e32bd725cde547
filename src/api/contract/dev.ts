import { z } from "zod/mini";
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
  scope: z._default(z.enum(["full", "preferences", "staff"]), "full"),
  actor: z._default(sessionActorSchema, { kind: "customer" }),
  /**
   * Starts the session this many minutes ago, to try what an older sign-in may not do (step-up before a
   * deletion) or what a session near its idle end shows (the timeout warning); below the 30-minute idle limit,
   * so the session is still alive.
   */
  ageMinutes: z._default(z.int().check(z.gte(0), z.lte(29)), 0),
});
export type DevSessionRequest = z.input<typeof devSessionRequestSchema>;

export const devSessionSchema = z.object({ session: sessionSchema });

/** A long history on demand: this many sign-ins at one instant, appended to a customer's history (the newest). */
export const devHistoryRequestSchema = z.object({
  email: z.email(),
  count: z.int().check(z.gte(1), z.lte(500)),
});
export type DevHistoryRequest = z.infer<typeof devHistoryRequestSchema>;
