import { z } from "zod/mini";
import { channelIdSchema, idSchema } from "./common.ts";
import { footerLinksSchema } from "./footer-links.ts";

/** Durations as the CLI takes them: 90d, 12h, 30m, 3600s, or a number of seconds. */
export const durationSchema = z.union([
  z.int().check(z.positive()),
  z.string().check(z.regex(/^\d+\s*[smhdw]?$/i, "must be a duration like 90d, 12h, 30m or 3600 (seconds)")),
]);

/** Bulk minting for an email service provider: up to 1000 people per call, by address or by subject id. */
export const operatorLinksRequestSchema = z
  .object({
    emails: z.optional(z.array(z.email()).check(z.minLength(1), z.maxLength(1000))),
    subjectIds: z.optional(z.array(idSchema).check(z.minLength(1), z.maxLength(1000))),
    topic: z.optional(idSchema),
    channel: z.optional(channelIdSchema),
    expires: z.optional(durationSchema),
  })
  .check(
    z.refine((body) => (body.emails === undefined) !== (body.subjectIds === undefined), {
      message: "send either emails or subjectIds",
      path: ["emails"],
    }),
  );
export type OperatorLinksRequest = z.infer<typeof operatorLinksRequestSchema>;

export const operatorLinksSchema = z.object({
  links: z.array(z.extend(footerLinksSchema, { email: z.email(), subjectId: idSchema })),
  /** What was asked for and matched nobody, as sent. */
  unknown: z.array(z.string()),
});
export type OperatorLinks = z.infer<typeof operatorLinksSchema>;
