import type { Jurisdiction } from "../contract/common.ts";
import type { RequestType } from "../contract/requests.ts";

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

/** Adds whole months the way GDPR counts them: the same day-of-month, or that month's last day. */
function addPeriod(from: Date, period: Period): Date {
  const result = new Date(from.getTime());
  if ("days" in period) {
    result.setUTCDate(result.getUTCDate() + period.days);
    return result;
  }
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + period.months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** The end of the day the request is due, in UTC. */
export function dueDate(jurisdiction: Jurisdiction, type: RequestType, receivedAt: Date): Date {
  const due = addPeriod(receivedAt, deadlineFor(jurisdiction, type).due);
  due.setUTCHours(23, 59, 59, 0);
  return due;
}

export function latestExtendedDueDate(jurisdiction: Jurisdiction, type: RequestType, receivedAt: Date): Date | null {
  const { extension } = deadlineFor(jurisdiction, type);
  if (!extension) return null;
  const extended = addPeriod(dueDate(jurisdiction, type, receivedAt), extension);
  extended.setUTCHours(23, 59, 59, 0);
  return extended;
}
