import { z } from "zod/mini";
import { idSchema, jurisdictionSchema, localeSchema } from "./common.ts";
import { emailAddressSchema } from "./email-address.ts";

export const subjectSchema = z.object({
  id: idSchema,
  email: emailAddressSchema,
  phone: z.optional(z.string()),
  name: z.string().check(z.minLength(1)),
  locale: localeSchema,
  jurisdiction: jurisdictionSchema,
});
export type Subject = z.infer<typeof subjectSchema>;
