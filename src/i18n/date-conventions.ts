import type { Locale } from "../api/contract/common.ts";

/**
 * The clock each language's readers use: US English reads 12 hours with AM/PM; Brazil, Italy, Poland and Taiwan
 * read 24 hours (Intl's own default for zh-TW is 12 hours with 上午/下午, which Taiwanese forms and tickets avoid).
 */
const hourCycles: Record<Locale, "h12" | "h23"> = { en: "h12", "pt-BR": "h23", it: "h23", pl: "h23", "zh-TW": "h23" };

export function hourCycleFor(locale: string): "h12" | "h23" {
  return hourCycles[locale as Locale] ?? "h23";
}

const formats = new Map<string, Intl.DateTimeFormat>();
// Building an Intl formatter costs far more than using one, and every dated component asks on every render: one
// per kind, language and zone.
function cached(key: string, build: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formats.get(key);
  if (!format) formats.set(key, (format = build()));
  return format;
}

/** A calendar day: a deadline in its legal zone (so it never moves with the reader), anything else in the reader's. */
export function dayFormat(locale: string, timeZone?: string): Intl.DateTimeFormat {
  return cached(
    `day ${locale} ${timeZone ?? ""}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }),
  );
}

/** An event's date and time in the reader's zone and clock. */
export function momentFormat(locale: string, timeZone?: string): Intl.DateTimeFormat {
  return cached(
    `moment ${locale} ${timeZone ?? ""}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: "medium",
        timeStyle: "short",
        hourCycle: hourCycleFor(locale),
        timeZone,
      }),
  );
}
