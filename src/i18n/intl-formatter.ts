import type { FormatterModule } from "i18next";

/**
 * i18next formatter that writes every interpolated number in the reader's locale through Intl.NumberFormat
 * ("1.000.000 di canali", "12 345"), so catalogs keep a plain {{count}}; other values pass through unchanged.
 * Used with `interpolation.alwaysFormat`, which hands every value to it.
 */
export const intlFormatter: FormatterModule = {
  type: "formatter",
  init: () => {},
  add: () => {},
  addCached: () => {},
  format: (value: unknown, _format: string | undefined, lng: string | undefined) =>
    typeof value === "number" ? new Intl.NumberFormat(lng).format(value) : (value as string),
};
