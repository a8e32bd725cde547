import { randomUUID } from "node:crypto";
import { DatabaseSync } from "node:sqlite";
import { Kysely, PostgresDialect, sql } from "kysely";
import { Migrator } from "kysely/migration";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { migrations } from "./migrations.ts";
import { dropPostgresSchema } from "./open.ts";
import type { Database, DialectName } from "./schema.ts";
import { CachingSqliteDialect } from "./sqlite-dialect.ts";

const databases: [DialectName, string | null][] = [
  ["sqlite", null],
  ...(process.env.DATABASE_URL ? [["postgres", process.env.DATABASE_URL] as [DialectName, string]] : []),
];

const record = (id: string, purposeId: string, state: string, at: string) => ({
  id,
  purposeId,
  state,
  at,
  method: "privacy_center",
  textVersion: "2026-03",
  actor: { kind: "customer" },
  receiptId: `rcpt-${id}`,
});

const item = (id: string, field: string, value: string) => ({ id, field, value });

describe.each(databases)("migrations 0005 and 0006 on %s", (dialect, databaseUrl) => {
  let close: (() => Promise<void>) | undefined;
  afterEach(() => close?.());

  /** A database as release 0004 left it, with a customer's records and data in it. */
  async function databaseAt0004(): Promise<{ db: Kysely<Database>; migrator: Migrator }> {
    let db: Kysely<Database>;
    let schema: string | undefined;
    if (databaseUrl) {
      const name = `test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
      schema = name;
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      await admin.query(`create schema ${name}`);
      await admin.end();
      db = new Kysely<Database>({
        dialect: new PostgresDialect({
          pool: new pg.Pool({ connectionString: databaseUrl, options: `-c search_path=${name}` }),
        }),
      });
      close = async () => {
        await db.destroy();
        await dropPostgresSchema(databaseUrl, name);
      };
    } else {
      db = new Kysely<Database>({ dialect: new CachingSqliteDialect(new DatabaseSync(":memory:")) });
      close = () => db.destroy();
    }
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => migrations(dialect) },
      ...(schema ? { migrationTableSchema: schema } : {}),
    });
    const { error } = await migrator.migrateTo("0004_support_phone_lookup");
    if (error) throw error;
    await sql`insert into subjects (id, email, name, locale, jurisdiction, consents_version, created_at)
      values ('s1', 's1@example.com', 'S', 'en', 'GB', 5, 't'), ('s2', 's2@example.com', 'T', 'en', 'GB', 0, 't')`.execute(
      db,
    );
    // In the order they were appended: a later record of the same millisecond wins, and one appended after a
    // newer one (another instance's clock) does not.
    const rows = [
      record("c1", "analytics", "granted", "2026-01-01T10:00:00.000Z"),
      record("c2", "analytics", "withdrawn", "2026-01-02T10:00:00.000Z"),
      record("c3", "analytics", "granted", "2026-01-02T10:00:00.000Z"),
      record("c4", "partner_sharing", "granted", "2026-01-05T10:00:00.000Z"),
      record("c5", "partner_sharing", "withdrawn", "2026-01-04T10:00:00.000Z"),
    ];
    for (const row of rows)
      await sql`insert into consent_records (id, subject_id, record) values (${row.id}, 's1', ${JSON.stringify(row)})`.execute(
        db,
      );
    const items = [item("d1", "postal_address", "1 Main St"), item("d2", "email", "s1@example.com")];
    for (const [position, data] of items.entries())
      await sql`insert into data_items (subject_id, id, position, item) values ('s1', ${data.id}, ${position}, ${JSON.stringify(data)})`.execute(
        db,
      );
    return { db, migrator };
  }

  it("fills each purpose's newest record, each record's time and each item's field from what is stored", async () => {
    const { db, migrator } = await databaseAt0004();
    const { error } = await migrator.migrateToLatest();
    expect(error).toBeUndefined();
    const current = await db
      .selectFrom("consent_current")
      .select(["subject_id", "purpose_id", "at", "record"])
      .orderBy("purpose_id")
      .execute();
    expect(current.map((row) => [row.subject_id, row.purpose_id, row.at, JSON.parse(row.record).id])).toEqual([
      ["s1", "analytics", "2026-01-02T10:00:00.000Z", "c3"],
      ["s1", "partner_sharing", "2026-01-05T10:00:00.000Z", "c4"],
    ]);
    const times = await db.selectFrom("consent_records").select(["id", "at"]).orderBy("seq").execute();
    expect(times.map((row) => row.at)).toEqual([
      "2026-01-01T10:00:00.000Z",
      "2026-01-02T10:00:00.000Z",
      "2026-01-02T10:00:00.000Z",
      "2026-01-05T10:00:00.000Z",
      "2026-01-04T10:00:00.000Z",
    ]);
    const fields = await db.selectFrom("data_items").select(["id", "field"]).orderBy("position").execute();
    expect(fields).toEqual([
      { id: "d1", field: "postal_address" },
      { id: "d2", field: "email" },
    ]);
  });
});
