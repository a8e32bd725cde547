import type { ActivityEvent } from "../../src/api/contract/activity.ts";
import { newId } from "../auth/tokens.ts";
import type { Db } from "../db/schema.ts";
import type { Handlers } from "../http/routes.ts";

/** Appends to the subject's history; never updated or deleted. */
export async function recordActivity(db: Db, subjectId: string, event: Omit<ActivityEvent, "id">): Promise<void> {
  const full: ActivityEvent = { id: newId("act"), ...event };
  await db
    .insertInto("activity")
    .values({ id: full.id, subject_id: subjectId, event: JSON.stringify(full) })
    .execute();
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
