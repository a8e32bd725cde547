import { z } from "zod/mini";
import { idSchema, isoDateTimeSchema, legalBasisSchema } from "./common.ts";
import { dataFamilies } from "./data-families.ts";

export const dataFamilySchema = z.enum(dataFamilies);
export type { DataFamily } from "./data-families.ts";

export const dataSourceSchema = z.enum([
  "signup_form",
  "customer",
  "purchase",
  "app",
  "website",
  "survey",
  "support",
  "email_platform",
  "partner",
]);

export const dataItemSchema = z.object({
  id: idSchema,
  family: dataFamilySchema,
  /** A catalog key naming the field, e.g. "email" or "birth_year". */
  field: z.string().check(z.minLength(1)),
  value: z.string(),
  masked: z.boolean(),
  source: dataSourceSchema,
  collectedAt: isoDateTimeSchema,
  purposeIds: z.array(idSchema),
  legalBasis: legalBasisSchema,
  retention: z.object({
    rule: z.string().check(z.minLength(1)),
    endsAt: z.nullable(isoDateTimeSchema),
    /** Set when the end came on a lapsing consent: the customer was asked to renew, and `endsAt` moved on. */
    renewalRequestedAt: z.optional(isoDateTimeSchema),
  }),
  recipients: z.array(z.string().check(z.minLength(1))),
  correctable: z.boolean(),
});
export type DataItem = z.infer<typeof dataItemSchema>;

export const dataInventorySchema = z.object({ items: z.array(dataItemSchema) });
export type DataInventory = z.infer<typeof dataInventorySchema>;
