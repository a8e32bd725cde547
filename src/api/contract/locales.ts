/** The catalog locales, without zod: the language code runs before the contract's schemas load (decision 0065). */
export const locales = ["en", "pt-BR", "it", "pl", "zh-TW"] as const;
export type Locale = (typeof locales)[number];
