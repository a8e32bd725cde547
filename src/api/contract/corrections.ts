import { z } from "zod/mini";
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
  z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(max),
    z.refine((value) => !/\p{Cc}/u.test(value), "corrections.error.control"),
  );

export const nameValueSchema = printable(200).check(
  z.refine((value) => /\p{L}/u.test(value), "corrections.error.letter"),
);

export const emailValueSchema = z.pipe(z.string().check(z.trim(), z.maxLength(254)), z.email());

export const phoneValueSchema = z.pipe(
  z
    .object({ country: correctionCountrySchema, number: z.string().check(z.trim(), z.minLength(1), z.maxLength(20)) })
    .check(
      z.superRefine((phone, ctx) => {
        const plan = phonePlans[phone.country];
        const digits = phone.number.replace(/[\s().-]/g, "");
        const national = digits.startsWith(`+${plan.code}`) ? digits.slice(plan.code.length + 1) : null;
        const [min, max] = plan.digits;
        if (national === null || !/^\d+$/.test(national) || national.length < min || national.length > max)
          ctx.addIssue({ code: "custom", path: ["number"], message: "corrections.error.phone" });
      }),
    ),
  z.transform((phone: { country: CorrectionCountry; number: string }) => ({
    country: phone.country,
    number: phone.number.replace(/[\s().-]/g, ""),
  })),
);

/** A calendar date, YYYY-MM-DD, that exists (no 30 February). */
export const dateValueSchema = z.iso.date();

export const yearValueSchema = z.string().check(
  z.trim(),
  z.regex(/^\d{4}$/),
  z.refine((year) => Number(year) >= 1900, "corrections.error.year"),
);

export const addressValueSchema = z
  .object({
    country: correctionCountrySchema,
    line1: printable(200),
    line2: z._default(z.string().check(z.trim(), z.maxLength(200)), ""),
    city: printable(100),
    region: z._default(z.string().check(z.trim(), z.maxLength(100)), ""),
    postalCode: z.string().check(z.trim(), z.maxLength(20)),
  })
  .check(
    z.superRefine((address, ctx) => {
      if (!postalCodePatterns[address.country].test(address.postalCode))
        ctx.addIssue({ code: "custom", path: ["postalCode"], message: "corrections.error.postalCode" });
      if (address.country === "US" && !/^[A-Z]{2}$/.test(address.region))
        ctx.addIssue({ code: "custom", path: ["region"], message: "corrections.error.state" });
    }),
  );

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
} as const satisfies Record<CorrectionKind, z.ZodMiniType>;

export type CorrectionValue = z.output<(typeof correctionValueSchemas)[CorrectionKind]>;

/** The form each kind is typed with: the proposed value in its kind's shape and an optional note. */
export const correctionFormSchema = <K extends CorrectionKind>(kind: K) =>
  z.object({
    proposed: correctionValueSchemas[kind],
    note: z._default(z.string().check(z.trim(), z.maxLength(1000)), ""),
  });

/** As sent: which item, the proposed value (checked against the item's kind by the server), an optional note. */
export const correctionInputSchema = z.object({
  itemId: idSchema,
  proposed: z.unknown(),
  note: z._default(z.string().check(z.trim(), z.maxLength(1000)), ""),
});

/** As stored on the request: what was there, what should be there instead, in one line each. */
export const correctionSchema = z.object({
  itemId: idSchema,
  field: z.string().check(z.minLength(1)),
  kind: correctionKindSchema,
  current: z.string(),
  proposed: z.string().check(z.minLength(1)),
  note: z.string(),
});
export type Correction = z.infer<typeof correctionSchema>;
