import { activityPageLimits, type ActivityEvent, type ActivityPage } from "../contract/activity.ts";
import { invalidField } from "./rule-error.ts";

/**
 * A short tag of whose history a cursor walks (FNV-1a, 32 bits). Not a secret and not a lock: every backend reads
 * only the signed-in subject's rows whatever the cursor says. It only lets another subject's cursor be refused as
 * what it is, instead of quietly paging the wrong place, and keeps the subject's id out of URLs and access logs.
 */
function subjectTag(subjectId: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < subjectId.length; index += 1) {
    hash ^= subjectId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

const base64url = (text: string) => btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const cursorShape = /^v1\.([0-9a-z]{1,7})\.(.+)$/;

/** The opaque `nextCursor`: where the page ended (a backend's own position, ASCII), for this subject. */
export function encodeCursor(subjectId: string, position: string): string {
  return base64url(`v1.${subjectTag(subjectId)}.${position}`);
}

export const cursorRefusal = {
  malformed: "is not a cursor this API gave out",
  otherSubject: "belongs to another subject's history",
} as const;

/**
 * The position a cursor names, checked against what this backend writes (`position`); a cursor that is not one,
 * or that walks another subject's history, is a validation error on `cursor` with its own message, never a 500.
 */
export function decodeCursor(cursor: string, subjectId: string, position: RegExp): string {
  let text: string;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error("not base64url");
    text = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    throw invalidField("cursor", cursorRefusal.malformed);
  }
  const match = cursorShape.exec(text);
  if (!match || !position.test(match[2] ?? "")) throw invalidField("cursor", cursorRefusal.malformed);
  if (match[1] !== subjectTag(subjectId)) throw invalidField("cursor", cursorRefusal.otherSubject);
  return match[2] as string;
}

export const pageLimit = (query: { limit?: number | undefined }) => query.limit ?? activityPageLimits.default;

/**
 * A page from up to `limit + 1` rows read newest first: the extra row only says whether older ones exist, so a
 * backend never counts or reads the rest of the history.
 */
export function pageFrom<R>(
  rows: readonly R[],
  limit: number,
  subjectId: string,
  read: (row: R) => { event: ActivityEvent; position: string },
): ActivityPage {
  const shown = rows.slice(0, limit).map(read);
  const last = shown.at(-1);
  return {
    events: shown.map((row) => row.event),
    nextCursor: rows.length > limit && last ? encodeCursor(subjectId, last.position) : null,
  };
}
