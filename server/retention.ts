import type { Purpose } from "../src/api/contract/catalog.ts";
import { applyRetention } from "../src/api/rules/retention.ts";
import { activityRow, toDataItem } from "./db/rows.ts";
import type { Db } from "./db/schema.ts";

/**
 * The scheduled retention pass: for each customer with an item past its end, the shared rule decides, and the
 * changes and their history commit together. Guarded by the end date the rule saw, so two servers running the
 * pass at once act (and record) once.
 */
export async function retentionPass(db: Db, now: Date, purposes: readonly Purpose[]): Promise<number> {
  const due = await db
    .selectFrom("data_items")
    .select("subject_id")
    .distinct()
    .where("retention_ends_at", "<=", now.toISOString())
    .execute();
  let actions = 0;
  for (const { subject_id: subjectId } of due) {
    await db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom("data_items")
        .select(["id", "item", "retention_ends_at"])
        .where("subject_id", "=", subjectId)
        .orderBy("position")
        .execute();
      const outcome = applyRetention(rows.map(toDataItem), purposes, now);
      const seenEnd = new Map(rows.map((row) => [row.id, row.retention_ends_at]));
      const acted = new Set<string>();
      for (const id of outcome.removed) {
        const gone = await trx
          .deleteFrom("data_items")
          .where("subject_id", "=", subjectId)
          .where("id", "=", id)
          .where("retention_ends_at", "=", seenEnd.get(id) ?? "")
          .executeTakeFirst();
        if (gone.numDeletedRows > 0n) acted.add(id);
      }
      for (const item of outcome.changed) {
        const moved = await trx
          .updateTable("data_items")
          .set({ item: JSON.stringify(item), retention_ends_at: item.retention.endsAt })
          .where("subject_id", "=", subjectId)
          .where("id", "=", item.id)
          .where("retention_ends_at", "=", seenEnd.get(item.id) ?? "")
          .executeTakeFirst();
        if (moved.numUpdatedRows > 0n) acted.add(item.id);
      }
      const recorded = outcome.activity.filter((_, index) => acted.has(outcome.eventItemIds[index] ?? ""));
      if (recorded.length > 0)
        await trx
          .insertInto("activity")
          .values(recorded.map((event) => activityRow(subjectId, event)))
          .execute();
      actions += recorded.length;
    });
  }
  return actions;
}
