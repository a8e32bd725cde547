import { createContext, useContext } from "react";
import { useTranslation } from "./use-translation.ts";
import { dayFormat, momentFormat } from "./date-conventions.ts";

/** The zone legal deadlines are counted in for the signed-in subject (set by the shell from their jurisdiction). */
export const LegalTimeZoneContext = createContext<string>("UTC");

const dayMs = 86_400_000;
const startOfDay = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());

/** Whole calendar days from `now` to `iso`, in the reader's words through Intl ("in 3 days", "za 3 dni", "yesterday"). */
export function relativeDays(iso: string, now: Date, locale: string): string {
  const days = Math.round((startOfDay(new Date(iso)) - startOfDay(now)) / dayMs);
  return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(days, "day");
}

/**
 * Dates in the reader's language through Intl: `day` for a day in the reader's zone, `due` for a legal deadline
 * (the calendar day of the law's zone, never shifted by the reader's), `moment` for events, `fromToday` for how
 * near.
 */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const legalZone = useContext(LegalTimeZoneContext);
  const day = dayFormat(i18n.language);
  const due = dayFormat(i18n.language, legalZone);
  const moment = momentFormat(i18n.language);
  return {
    day: (iso: string) => day.format(new Date(iso)),
    due: (iso: string) => due.format(new Date(iso)),
    moment: (iso: string) => moment.format(new Date(iso)),
    fromToday: (iso: string, now = new Date()) => relativeDays(iso, now, i18n.language),
  };
}
