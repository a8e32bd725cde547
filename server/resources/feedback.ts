import { recordOptOutReason } from "../../src/api/commands/record-opt-out-reason.ts";
import { appendRows } from "../db/rows.ts";
import type { Handlers } from "../http/routes.ts";

export const feedbackHandlers: Pick<Handlers, "sendOptOutFeedback"> = {
  async sendOptOutFeedback({ current, body, now, stage }) {
    const subjectId = current.session.subject.id;
    const [first, ...rest] = appendRows(subjectId, recordOptOutReason(body, { now, session: current.session }).appends);
    // Nothing to version: the history line itself is the write, and what it carries joins it.
    stage({
      guard: (qc) =>
        qc
          .insertInto("activity")
          .values(first!.values as never)
          .returning("seq"),
      appends: rest,
      onMiss: async () => {
        throw new Error("A history line's insert wrote nothing");
      },
    });
  },
};
