import { z } from "zod/mini";
import { idSchema, jurisdictionSchema, plainTextSchema } from "./common.ts";
import { sessionSchema } from "./session.ts";

/** Why an agent opens a customer or changes something for them; the customer reads it in their history. */
export const supportReasonSchema = plainTextSchema.check(z.trim(), z.minLength(10), z.maxLength(500));

/** An exact email address or a phone number in international form; never a partial match. */
export const customerSearchSchema = z.object({
  query: plainTextSchema.check(z.trim(), z.minLength(3), z.maxLength(254)),
});
export type CustomerSearch = z.infer<typeof customerSearchSchema>;

/** The least that tells the agent they have the right person, before a view is opened with a reason. */
export const customerMatchSchema = z.object({
  customerId: idSchema,
  name: z.string(),
  maskedEmail: z.string(),
  jurisdiction: jurisdictionSchema,
});
export type CustomerMatch = z.infer<typeof customerMatchSchema>;

export const customerSearchResultSchema = z.object({ customers: z.array(customerMatchSchema) });

export const supportViewModeSchema = z.enum(["read_only", "act"]);

export const openSupportViewSchema = z.object({
  customerId: idSchema,
  reason: supportReasonSchema,
  ticket: z.optional(plainTextSchema.check(z.trim(), z.maxLength(100))),
  mode: z._default(supportViewModeSchema, "read_only"),
});
export type OpenSupportView = z.input<typeof openSupportViewSchema>;

export const supportViewSchema = z.object({ session: sessionSchema });
