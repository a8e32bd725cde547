import type { ActivityEvent } from "../../src/api/contract/activity.ts";
import { decodeCursor, pageFrom, pageLimit } from "../../src/api/rules/activity-page.ts";
import { activityRow, toActivityEvent } from "../db/rows.ts";
import type { Db } from "../db/schema.ts";
import type { Handlers } from "../http/routes.ts";

/** Appends to the subject's history outside a versioned write (sign-in and sign-out); never updated or deleted. */
export async function recordActivity(db: Db, subjectId: string, event: ActivityEvent): Promise<void> {
  await db.insertInto("activity").values(activityRow(subjectId, event)).execute();
}

/** A cursor's position on this server: the `seq` of the last event shown (the insertion order, never reused). */
const seqPosition = /^[1-9]\d{0,14}$/;

export const activityHandlers: Pick<Handlers, "listActivity"> = {
  /** One page, newest first: the index on (subject_id, seq) serves it, and only `limit + 1` rows are read. */
  async listActivity({ db, current, query }) {
    const subjectId = current.session.subject.id;
    const limit = pageLimit(query);
    const before = query.cursor === undefined ? null : Number(decodeCursor(query.cursor, subjectId, seqPosition));
    const rows = await db
      .selectFrom("activity")
      .select(["seq", "event"])
      .where("subject_id", "=", subjectId)
      .$if(before !== null, (select) => select.where("seq", "<", before as number))
      .orderBy("seq", "desc")
      .limit(limit + 1)
      .execute();
    return pageFrom(rows, limit, subjectId, (row) => ({ event: toActivityEvent(row), position: String(row.seq) }));
  },
};
