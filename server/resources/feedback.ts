import { recordOptOutReason } from "../../src/api/commands/record-opt-out-reason.ts";
import type { QueryCreator } from "kysely";
import { guardOf } from "../db/guard.ts";
import { activityRow, appendRows } from "../db/rows.ts";
import type { Database } from "../db/schema.ts";
import type { Handlers } from "../http/routes.ts";

const insertEvent = (qc: QueryCreator<Database>, id: string, subjectId: string, event: string) =>
  qc.insertInto("activity").values({ id, subject_id: subjectId, event }).returning("seq");

export const feedbackHandlers: Pick<Handlers, "sendOptOutFeedback"> = {
  async sendOptOutFeedback({ current, body, now, stage }) {
    const subjectId = current.session.subject.id;
    const [first, ...rest] = appendRows(subjectId, recordOptOutReason(body, { now, session: current.session }).appends);
    const event = first!.values as ReturnType<typeof activityRow>;
    // Nothing to version: the history line itself is the write, and what it carries joins it.
    stage({
      guard: guardOf(insertEvent, event.id, event.subject_id, event.event),
      appends: rest,
      onMiss: async () => {
        throw new Error("A history line's insert wrote nothing");
      },
    });
  },
};
