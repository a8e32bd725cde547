import { z } from "zod";
import { channelIdSchema, idSchema } from "./common.ts";
import { footerLinksSchema } from "./footer-links.ts";

/** Durations as the CLI takes them: 90d, 12h, 30m, 3600s, or a number of seconds. */
export const durationSchema = z.union([
  z.int().positive(),
  z.string().regex(/^\d+\s*[smhdw]?$/i, "must be a duration like 90d, 12h, 30m or 3600 (seconds)"),
]);

/** Bulk minting for an email service provider: up to 1000 people per call, by address or by subject id. */
export const operatorLinksRequestSchema = z
  .object({
    emails: z.array(z.email()).min(1).max(1000).optional(),
    subjectIds: z.array(idSchema).min(1).max(1000).optional(),
    topic: idSchema.optional(),
    channel: channelIdSchema.optional(),
    expires: durationSchema.optional(),
  })
  .refine((body) => (body.emails === undefined) !== (body.subjectIds === undefined), {
    message: "send either emails or subjectIds",
    path: ["emails"],
  });
export type OperatorLinksRequest = z.infer<typeof operatorLinksRequestSchema>;

export const operatorLinksSchema = z.object({
  links: z.array(footerLinksSchema.extend({ email: z.email(), subjectId: idSchema })),
  /** What was asked for and matched nobody, as sent. */
  unknown: z.array(z.string()),
});
export type OperatorLinks = z.infer<typeof operatorLinksSchema>;
