import type { DataItem } from "../../src/api/contract/data.ts";
import { toDataItem } from "../db/rows.ts";
import type { Db } from "../db/schema.ts";
import type { Handlers } from "../http/routes.ts";

export async function loadDataItems(db: Db, subjectId: string): Promise<DataItem[]> {
  const rows = await db
    .selectFrom("data_items")
    .select("item")
    .where("subject_id", "=", subjectId)
    .orderBy("position")
    .execute();
  return rows.map(toDataItem);
}

export const dataHandlers: Pick<Handlers, "getData"> = {
  async getData({ db, current }) {
    return { items: await loadDataItems(db, current.session.subject.id) };
  },
};
