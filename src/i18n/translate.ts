import type { I18n } from "@lingui/core";

/** What a message's placeholders are filled with; `count` also picks the plural form. */
export type MessageValues = Record<string, unknown> & { defaultValue?: string };

/** `t(key, values)`: a list of keys is tried in turn, and `defaultValue` answers when none of them exists. */
export type Translate = (key: string | readonly string[], values?: MessageValues) => string;

const numberFormats = new Map<string, Intl.NumberFormat>();
// Building an Intl formatter costs far more than using one: one per locale, made when a number first needs it.
function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

/**
 * One message in the active language. Every number but `count` (which the message's own `{count, plural}` or
 * `{count, number}` formats) is written in the reader's locale through Intl.NumberFormat ("1.000.000", "12 345"),
 * so a catalog keeps a plain `{minutes}`.
 */
export function translate(i18n: I18n, key: string | readonly string[], values: MessageValues = {}): string {
  const { defaultValue, ...rest } = values;
  const keys = typeof key === "string" ? [key] : key;
  const id = keys.find((candidate) => Object.hasOwn(i18n.messages, candidate));
  if (id === undefined) return defaultValue ?? keys.at(-1) ?? "";
  const filled = Object.fromEntries(
    Object.entries(rest).map(([name, value]) => [
      name,
      typeof value === "number" && name !== "count" ? numberFormat(i18n.locale).format(value) : value,
    ]),
  );
  return i18n._(id, filled);
}
