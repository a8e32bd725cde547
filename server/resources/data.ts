import { toDataItem } from "../db/rows.ts";
import type { Handlers } from "../http/routes.ts";

export const dataHandlers: Pick<Handlers, "getData"> = {
  async getData({ db, current }) {
    const rows = await db
      .selectFrom("data_items")
      .select("item")
      .where("subject_id", "=", current.session.subject.id)
      .orderBy("position")
      .execute();
    return { items: rows.map(toDataItem) };
  },
};
