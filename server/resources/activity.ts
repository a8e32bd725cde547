import type { ActivityEvent } from "../../src/api/contract/activity.ts";
import { activityRow, toActivityEvent } from "../db/rows.ts";
import type { Db } from "../db/schema.ts";
import type { Handlers } from "../http/routes.ts";

/** Appends to the subject's history outside a versioned write (sign-in and sign-out); never updated or deleted. */
export async function recordActivity(db: Db, subjectId: string, event: ActivityEvent): Promise<void> {
  await db.insertInto("activity").values(activityRow(subjectId, event)).execute();
}

export const activityHandlers: Pick<Handlers, "listActivity"> = {
  async listActivity({ db, current }) {
    const rows = await db
      .selectFrom("activity")
      .select("event")
      .where("subject_id", "=", current.session.subject.id)
      .orderBy("seq", "desc")
      .execute();
    return { events: rows.map(toActivityEvent) };
  },
};
