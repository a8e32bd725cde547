import type { ActivityEvent } from "../../src/api/contract/activity.ts";
import { newId } from "../auth/tokens.ts";
import type { Append } from "../db/guarded-write.ts";
import type { Db } from "../db/schema.ts";
import type { Handlers } from "../http/routes.ts";

/** A row of the subject's history, for a staged write to append. */
export function activityRow(subjectId: string, event: Omit<ActivityEvent, "id">): Append {
  const full: ActivityEvent = { id: newId("act"), ...event };
  return { into: "activity", values: { id: full.id, subject_id: subjectId, event: JSON.stringify(full) } };
}

/** Appends to the subject's history; never updated or deleted. */
export async function recordActivity(db: Db, subjectId: string, event: Omit<ActivityEvent, "id">): Promise<void> {
  const row = activityRow(subjectId, event);
  await db.insertInto(row.into).values(row.values).execute();
}

export const activityHandlers: Pick<Handlers, "listActivity"> = {
  async listActivity({ db, current }) {
    const rows = await db
      .selectFrom("activity")
      .select("event")
      .where("subject_id", "=", current.session.subject.id)
      .orderBy("seq", "desc")
      .execute();
    return { events: rows.map((row) => JSON.parse(row.event) as ActivityEvent) };
  },
};
