import { z } from "zod";
import { idSchema } from "./common.ts";

/** Countries whose phone numbers and postal addresses the correction form knows how to check. */
export const correctionCountries = ["BR", "IT", "PL", "TW", "US"] as const;
export const correctionCountrySchema = z.enum(correctionCountries);
export type CorrectionCountry = z.infer<typeof correctionCountrySchema>;

/** ITU-T E.164 calling codes and how many digits follow them (the national significant number). */
export const phonePlans: Record<CorrectionCountry, { code: string; digits: [min: number, max: number] }> = {
  BR: { code: "55", digits: [10, 11] },
  IT: { code: "39", digits: [6, 11] },
  PL: { code: "48", digits: [9, 9] },
  TW: { code: "886", digits: [8, 9] },
  US: { code: "1", digits: [10, 10] },
};

export const postalCodePatterns: Record<CorrectionCountry, RegExp> = {
  BR: /^\d{5}-?\d{3}$/,
  IT: /^\d{5}$/,
  PL: /^\d{2}-\d{3}$/,
  TW: /^\d{3}(\d{2,3})?$/,
  US: /^\d{5}(-\d{4})?$/,
};

/** No control characters (a pasted tab or NUL has no place in a name or an address). */
const printable = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !/\p{Cc}/u.test(value), "corrections.error.control");

export const nameValueSchema = printable(200).refine((value) => /\p{L}/u.test(value), "corrections.error.letter");

export const emailValueSchema = z.string().trim().max(254).pipe(z.email());

export const phoneValueSchema = z
  .object({ country: correctionCountrySchema, number: z.string().trim().min(1).max(20) })
  .superRefine((phone, ctx) => {
    const plan = phonePlans[phone.country];
    const digits = phone.number.replace(/[\s().-]/g, "");
    const national = digits.startsWith(`+${plan.code}`) ? digits.slice(plan.code.length + 1) : null;
    const [min, max] = plan.digits;
    if (national === null || !/^\d+$/.test(national) || national.length < min || national.length > max)
      ctx.addIssue({ code: "custom", path: ["number"], message: "corrections.error.phone" });
  })
  .transform((phone) => ({ country: phone.country, number: phone.number.replace(/[\s().-]/g, "") }));

/** A calendar date, YYYY-MM-DD, that exists (no 30 February). */
export const dateValueSchema = z.iso.date();

export const yearValueSchema = z
  .string()
  .trim()
  .regex(/^\d{4}$/)
  .refine((year) => Number(year) >= 1900, "corrections.error.year");

export const addressValueSchema = z
  .object({
    country: correctionCountrySchema,
    line1: printable(200),
    line2: z.string().trim().max(200).default(""),
    city: printable(100),
    region: z.string().trim().max(100).default(""),
    postalCode: z.string().trim().max(20),
  })
  .superRefine((address, ctx) => {
    if (!postalCodePatterns[address.country].test(address.postalCode))
      ctx.addIssue({ code: "custom", path: ["postalCode"], message: "corrections.error.postalCode" });
    if (address.country === "US" && !/^[A-Z]{2}$/.test(address.region))
      ctx.addIssue({ code: "custom", path: ["region"], message: "corrections.error.state" });
  });

export const textValueSchema = printable(2000);

/** What kind of value a correctable field holds, and so which form and schema correct it. */
export const correctionKindSchema = z.enum(["email", "phone", "name", "postal_address", "date", "year", "text"]);
export type CorrectionKind = z.infer<typeof correctionKindSchema>;

export const correctionValueSchemas = {
  email: emailValueSchema,
  phone: phoneValueSchema,
  name: nameValueSchema,
  postal_address: addressValueSchema,
  date: dateValueSchema,
  year: yearValueSchema,
  text: textValueSchema,
} as const satisfies Record<CorrectionKind, z.ZodType>;

export type CorrectionValue = z.output<(typeof correctionValueSchemas)[CorrectionKind]>;

/** The form each kind is typed with: the proposed value in its kind's shape and an optional note. */
export const correctionFormSchema = <K extends CorrectionKind>(kind: K) =>
  z.object({ proposed: correctionValueSchemas[kind], note: z.string().trim().max(1000).default("") });

/** As sent: which item, the proposed value (checked against the item's kind by the server), an optional note. */
export const correctionInputSchema = z.object({
  itemId: idSchema,
  proposed: z.unknown(),
  note: z.string().trim().max(1000).default(""),
});

/** As stored on the request: what was there, what should be there instead, in one line each. */
export const correctionSchema = z.object({
  itemId: idSchema,
  field: z.string().min(1),
  kind: correctionKindSchema,
  current: z.string(),
  proposed: z.string().min(1),
  note: z.string(),
});
export type Correction = z.infer<typeof correctionSchema>;
