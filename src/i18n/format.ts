import { useTranslation } from "react-i18next";

const dayMs = 86_400_000;
const startOfDay = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());

/** Whole calendar days from `now` to `iso`, in the reader's words through Intl ("in 3 days", "za 3 dni", "yesterday"). */
export function relativeDays(iso: string, now: Date, locale: string): string {
  const days = Math.round((startOfDay(new Date(iso)) - startOfDay(now)) / dayMs);
  return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(days, "day");
}

/** Dates in the reader's language through Intl; `day` for deadlines, `moment` for events, `fromToday` for how near. */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
  const moment = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return {
    day: (iso: string) => day.format(new Date(iso)),
    moment: (iso: string) => moment.format(new Date(iso)),
    fromToday: (iso: string, now = new Date()) => relativeDays(iso, now, i18n.language),
  };
}
