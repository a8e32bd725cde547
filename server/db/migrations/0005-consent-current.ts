import { sql, type Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import type { DialectName } from "../schema.ts";

/**
 * Each purpose's newest record beside the append-only record, so a consent change and the consents answer decide
 * the statuses from one row per purpose instead of parsing the whole record (it grows with every change), and each
 * record's time as a column, so the answer lists records newest first without parsing them. The version stays the
 * counter on the subject row, which equals the number of records.
 *
 * "Newest" is the shared rule's: the latest `at`, and of records made in the same millisecond the one appended last.
 * PostgreSQL compares the times byte by byte ("C"), as SQLite does, whatever the database's collation.
 */
export function consentCurrent(dialect: DialectName): Migration {
  const json = (column: string, key: string) =>
    dialect === "postgres" ? sql.raw(`(${column}::json ->> '${key}')`) : sql.raw(`json_extract(${column}, '$.${key}')`);
  const byteOrder = dialect === "postgres" ? sql`collate "C"` : sql``;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable("consent_records")
        .addColumn("at", "text", (col) => col.modifyEnd(byteOrder))
        .execute();
      await sql`update consent_records set at = ${json("record", "at")}`.execute(db);
      await db.schema
        .createTable("consent_current")
        .addColumn("subject_id", "text", (col) => col.notNull().references("subjects.id").onDelete("cascade"))
        .addColumn("purpose_id", "text", (col) => col.notNull())
        .addColumn("at", "text", (col) => col.notNull().modifyEnd(byteOrder))
        .addColumn("record", "text", (col) => col.notNull())
        .addPrimaryKeyConstraint("consent_current_pk", ["subject_id", "purpose_id"])
        .execute();
      await sql`
        insert into consent_current (subject_id, purpose_id, at, record)
        select subject_id, purpose_id, at, record from (
          select subject_id, ${json("record", "purposeId")} as purpose_id, at, record,
            row_number() over (partition by subject_id, ${json("record", "purposeId")} order by at desc, seq desc) as newest
          from consent_records
        ) as ranked
        where newest = 1`.execute(db);
    },
  };
}
