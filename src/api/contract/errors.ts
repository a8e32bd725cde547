import { z } from "zod/mini";

export const errorCodeSchema = z.enum([
  "validation",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "rate_limited",
  "token_invalid",
  /** A destructive write needs a recent sign-in (step-up); the UI asks for a fresh magic link. */
  "reauthentication_required",
  "internal",
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const fieldIssueSchema = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** Every non-2xx answer of the API has this body. */
export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    requestId: z.optional(z.string()),
    fields: z.optional(z.array(fieldIssueSchema)),
    /** With `conflict`: the current state, so the UI can show it instead of overwriting. */
    current: z.optional(z.unknown()),
    /** With `rate_limited`: seconds until a retry may succeed. */
    retryAfter: z.optional(z.number()),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
