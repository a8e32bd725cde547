import { createContext, useContext } from "react";
import { useTranslation } from "react-i18next";
import { dayFormat, momentFormat } from "./date-conventions.ts";

/** The zone legal deadlines are counted in for the signed-in subject (set by the shell from their jurisdiction). */
export const LegalTimeZoneContext = createContext<string>("UTC");

/**
 * Dates in the reader's language through Intl: `day` for a day in the reader's zone, `due` for a legal deadline
 * (the calendar day of the law's zone, never shifted by the reader's), `moment` for events.
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
  };
}
