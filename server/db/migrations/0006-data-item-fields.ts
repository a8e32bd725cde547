import { sql, type Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import type { DialectName } from "../schema.ts";

/**
 * Each data item's field name as a column, indexed with its subject, so working out a customer's contact points
 * (every preference read and write) reads the few items that hold one instead of all of them (thousands for the
 * longest customers); existing rows are filled from their JSON.
 */
export function dataItemFields(dialect: DialectName): Migration {
  const field = dialect === "postgres" ? sql`(item::json ->> 'field')` : sql`json_extract(item, '$.field')`;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("data_items").addColumn("field", "text").execute();
      await sql`update data_items set field = ${field}`.execute(db);
      await db.schema.createIndex("data_items_field").on("data_items").columns(["subject_id", "field"]).execute();
    },
  };
}
