import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import type { Db } from "../schema.ts";

/**
 * When each item's retention ends, as a column, so the scheduled retention pass finds what is due through an
 * index instead of reading every item; existing rows are filled from their JSON.
 */
export const retentionEnds: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("data_items").addColumn("retention_ends_at", "text").execute();
    const typed = db as unknown as Db;
    const rows = await typed.selectFrom("data_items").select(["subject_id", "id", "item"]).execute();
    for (const row of rows) {
      const endsAt = (JSON.parse(row.item) as { retention?: { endsAt?: string | null } }).retention?.endsAt ?? null;
      if (endsAt === null) continue;
      await typed
        .updateTable("data_items")
        .set({ retention_ends_at: endsAt })
        .where("subject_id", "=", row.subject_id)
        .where("id", "=", row.id)
        .execute();
    }
    await db.schema.createIndex("data_items_retention").on("data_items").column("retention_ends_at").execute();
  },
};
