import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import type { DialectName } from "../schema.ts";

/** An auto-numbered key keeps append-only rows in the order they were written, whatever their timestamps say. */
function sequenceColumn(dialect: DialectName) {
  return dialect === "postgres" ? ("serial" as const) : ("integer" as const);
}

export function initial(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const seq = sequenceColumn(dialect);
      const serial = (col: ColumnDefinitionBuilder) =>
        dialect === "sqlite" ? col.primaryKey().autoIncrement() : col.primaryKey();
      // SQLite: small rows keyed by text are stored in their key's b-tree, one search instead of two per look-up
      // (every request looks up a session and its subject).
      const clustered = <T extends CreateTableBuilder<string, string>>(table: T) =>
        dialect === "sqlite" ? (table.modifyEnd(sql`without rowid`) as T) : table;

      await clustered(db.schema.createTable("subjects"))
        .addColumn("id", "text", (col) => col.primaryKey())
        .addColumn("email", "text", (col) => col.notNull().unique())
        .addColumn("name", "text", (col) => col.notNull())
        .addColumn("phone", "text")
        .addColumn("locale", "text", (col) => col.notNull())
        .addColumn("jurisdiction", "text", (col) => col.notNull())
        .addColumn("role", "text", (col) => col.notNull().defaultTo("customer"))
        .addColumn("consents_version", "integer", (col) => col.notNull().defaultTo(0))
        .addColumn("created_at", "text", (col) => col.notNull())
        .execute();

      await db.schema
        .createTable("preferences")
        .addColumn("subject_id", "text", (col) => col.primaryKey().references("subjects.id").onDelete("cascade"))
        .addColumn("version", "integer", (col) => col.notNull())
        .addColumn("state", "text", (col) => col.notNull())
        .execute();

      await db.schema
        .createTable("consent_records")
        .addColumn("seq", seq, serial)
        .addColumn("id", "text", (col) => col.notNull().unique())
        .addColumn("subject_id", "text", (col) => col.notNull().references("subjects.id").onDelete("cascade"))
        .addColumn("record", "text", (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex("consent_records_subject")
        .on("consent_records")
        .columns(["subject_id", "seq"])
        .execute();

      await db.schema
        .createTable("data_items")
        .addColumn("subject_id", "text", (col) => col.notNull().references("subjects.id").onDelete("cascade"))
        .addColumn("id", "text", (col) => col.notNull())
        .addColumn("position", "integer", (col) => col.notNull())
        .addColumn("item", "text", (col) => col.notNull())
        .addPrimaryKeyConstraint("data_items_pk", ["subject_id", "id"])
        .execute();

      await db.schema
        .createTable("privacy_requests")
        .addColumn("id", "text", (col) => col.primaryKey())
        .addColumn("subject_id", "text", (col) => col.notNull().references("subjects.id").onDelete("cascade"))
        .addColumn("version", "integer", (col) => col.notNull())
        .addColumn("created_at", "text", (col) => col.notNull())
        .addColumn("request", "text", (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex("privacy_requests_subject")
        .on("privacy_requests")
        .columns(["subject_id", "created_at"])
        .execute();

      await db.schema
        .createTable("activity")
        .addColumn("seq", seq, serial)
        // Random 96-bit ids; a unique index would cost every history write a b-tree for nothing.
        .addColumn("id", "text", (col) => col.notNull())
        .addColumn("subject_id", "text", (col) => col.notNull().references("subjects.id").onDelete("cascade"))
        .addColumn("event", "text", (col) => col.notNull())
        .execute();
      await db.schema.createIndex("activity_subject").on("activity").columns(["subject_id", "seq"]).execute();

      await clustered(db.schema.createTable("magic_links"))
        .addColumn("token_hash", "text", (col) => col.primaryKey())
        .addColumn("subject_id", "text", (col) => col.notNull().references("subjects.id").onDelete("cascade"))
        .addColumn("redirect_to", "text")
        .addColumn("created_at", "text", (col) => col.notNull())
        .addColumn("expires_at", "text", (col) => col.notNull())
        .addColumn("used_at", "text")
        .execute();
      await db.schema.createIndex("magic_links_subject").on("magic_links").column("subject_id").execute();

      await clustered(db.schema.createTable("sessions"))
        .addColumn("id_hash", "text", (col) => col.primaryKey())
        .addColumn("subject_id", "text", (col) => col.notNull().references("subjects.id").onDelete("cascade"))
        .addColumn("scope", "text", (col) => col.notNull())
        .addColumn("actor", "text", (col) => col.notNull())
        .addColumn("created_at", "text", (col) => col.notNull())
        .addColumn("last_seen_at", "text", (col) => col.notNull())
        .addColumn("expires_at", "text", (col) => col.notNull())
        .execute();
      await db.schema.createIndex("sessions_subject").on("sessions").column("subject_id").execute();

      await clustered(db.schema.createTable("rate_limits"))
        .addColumn("key", "text", (col) => col.primaryKey())
        .addColumn("window_start", "text", (col) => col.notNull())
        .addColumn("count", "integer", (col) => col.notNull())
        .execute();

      await db.schema
        .createTable("idempotency_keys")
        .addColumn("subject_id", "text", (col) => col.notNull())
        .addColumn("key", "text", (col) => col.notNull())
        .addColumn("request_hash", "text", (col) => col.notNull())
        .addColumn("status", "integer", (col) => col.notNull())
        .addColumn("body", "text", (col) => col.notNull())
        .addColumn("created_at", "text", (col) => col.notNull())
        .addPrimaryKeyConstraint("idempotency_keys_pk", ["subject_id", "key"])
        .execute();
      await db.schema.createIndex("idempotency_keys_created").on("idempotency_keys").column("created_at").execute();

      await db.schema
        .createTable("outbox")
        .addColumn("seq", seq, serial)
        .addColumn("id", "text", (col) => col.notNull().unique())
        .addColumn("to_address", "text", (col) => col.notNull())
        .addColumn("subject", "text", (col) => col.notNull())
        .addColumn("text", "text", (col) => col.notNull())
        .addColumn("link", "text")
        .addColumn("at", "text", (col) => col.notNull())
        .execute();
    },
  };
}
