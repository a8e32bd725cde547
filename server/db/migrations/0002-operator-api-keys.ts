import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/** Keys for the operator API (bulk footer links): only a hash is kept, the key is shown once when made. */
export const operatorApiKeys: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("operator_api_keys")
      .addColumn("id", "text", (col) => col.primaryKey())
      .addColumn("name", "text", (col) => col.notNull().unique())
      .addColumn("key_hash", "text", (col) => col.notNull().unique())
      .addColumn("created_at", "text", (col) => col.notNull())
      .addColumn("last_used_at", "text")
      .execute();
  },
};
