import type { Jurisdiction } from "../contract/common.ts";
import type { PrivacyRequest, RequestType } from "../contract/requests.ts";
import { openRequestStatuses } from "../contract/request-statuses.ts";
import { wallClockIn } from "./wall-clock.ts";

type Period = { months: number } | { days: number };
interface Deadline {
  due: Period;
  /** The longest extension the law allows, told to the customer before the first deadline. */
  extension: Period | null;
}

const accessTypes: ReadonlySet<RequestType> = new Set(["access"]);

/** design.md, "Legal deadlines": counted from the first day after receipt. */
function deadlineFor(jurisdiction: Jurisdiction, type: RequestType): Deadline {
  const access = accessTypes.has(type);
  switch (jurisdiction) {
    case "BR":
      return { due: { days: 15 }, extension: null };
    case "US-CA":
      return { due: { days: 45 }, extension: { days: 45 } };
    case "TW":
      return access ? { due: { days: 15 }, extension: { days: 15 } } : { due: { days: 30 }, extension: { days: 30 } };
    case "EU":
    case "other":
      return { due: { months: 1 }, extension: { months: 2 } };
  }
}

/**
 * The zone whose calendar a legal deadline is counted in (decision 0053). One zone per jurisdiction, so the
 * date computed and the date shown can never disagree: the EU counts in Central European Time, where most of
 * its members and its institutions are.
 */
export function legalTimeZone(jurisdiction: Jurisdiction): string {
  switch (jurisdiction) {
    case "EU":
      return "Europe/Brussels";
    case "BR":
      return "America/Sao_Paulo";
    case "US-CA":
      return "America/Los_Angeles";
    case "TW":
      return "Asia/Taipei";
    case "other":
      return "UTC";
  }
}

interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

function calendarDayIn(zone: string, at: Date): CalendarDay {
  const { year, month, day } = wallClockIn(zone, at);
  return { year, month, day };
}

/** Adds days, or whole months the way GDPR counts them: the same day-of-month, or that month's last day. */
function addPeriod(from: CalendarDay, period: Period): CalendarDay {
  if ("days" in period) {
    const date = new Date(Date.UTC(from.year, from.month - 1, from.day + period.days));
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  const first = new Date(Date.UTC(from.year, from.month - 1 + period.months, 1));
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth() + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(from.day, lastDay) };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(zone: string, at: number): number {
  const wall = wallClockIn(zone, new Date(at));
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** 23:59:59 on that calendar day in the zone; checked twice because the offset may differ across a DST change. */
function endOfDayIn(zone: string, day: CalendarDay): Date {
  const wall = Date.UTC(day.year, day.month - 1, day.day, 23, 59, 59);
  const first = wall - offsetAt(zone, wall);
  return new Date(wall - offsetAt(zone, first));
}

/** The end of the day the request is due, in the jurisdiction's zone (see legalTimeZone). */
export function dueDate(jurisdiction: Jurisdiction, type: RequestType, receivedAt: Date): Date {
  const zone = legalTimeZone(jurisdiction);
  return endOfDayIn(zone, addPeriod(calendarDayIn(zone, receivedAt), deadlineFor(jurisdiction, type).due));
}

export function latestExtendedDueDate(jurisdiction: Jurisdiction, type: RequestType, receivedAt: Date): Date | null {
  const { extension } = deadlineFor(jurisdiction, type);
  if (!extension) return null;
  const zone = legalTimeZone(jurisdiction);
  return endOfDayIn(zone, addPeriod(calendarDayIn(zone, dueDate(jurisdiction, type, receivedAt)), extension));
}

/** The moment a request must be answered by: the extended due day if it was extended, else the first. */
export function effectiveDueAt(request: Pick<PrivacyRequest, "dueAt" | "extension">): string {
  return request.extension?.until ?? request.dueAt;
}

/**
 * Still open after the end of its (possibly extended) due day, counted in the jurisdiction's zone: `dueAt` is
 * 23:59:59 of that day there (dueDate above), so the day is past exactly when that instant is.
 */
export function isOverdue(request: Pick<PrivacyRequest, "status" | "dueAt" | "extension">, now: Date): boolean {
  return openRequestStatuses.has(request.status) && now.getTime() > new Date(effectiveDueAt(request)).getTime();
}
