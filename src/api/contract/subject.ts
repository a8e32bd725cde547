import { z } from "zod";
import { idSchema, jurisdictionSchema, localeSchema } from "./common.ts";
import { emailAddressSchema } from "./email-address.ts";

export const subjectSchema = z.object({
  id: idSchema,
  email: emailAddressSchema,
  phone: z.string().optional(),
  name: z.string().min(1),
  locale: localeSchema,
  jurisdiction: jurisdictionSchema,
});
export type Subject = z.infer<typeof subjectSchema>;
