import { sql, type RawBuilder } from "kysely";
import { openDatabase } from "../server/db/open.ts";
import type { Db, DialectName } from "../server/db/schema.ts";

export const largeDatabase = { subjects: 1_000_000, events: 5_000_000 };

/** Where a large database lives: a PostgreSQL schema of its own, or a SQLite data folder. */
export type LargeTarget = { postgres: { url: string; schema: string } } | { dataDir: string };

/** One history event as the app stores it, built in SQL around an id expression. */
const eventSql = (id: string) =>
  `'{"id":"' || ${id} || '","at":"2026-01-01T00:00:00.000Z","actor":{"kind":"customer"},"action":"preferences_changed","target":"offers","before":null,"after":null}'`;

/**
 * The numbers 1…count as rows of a column `g`: generate_series on PostgreSQL, a recursive CTE on SQLite (which
 * has no generate_series of its own). Each INSERT below selects from it, so a table fills in one statement.
 */
function series(dialect: DialectName, count: number, select: string): RawBuilder<unknown> {
  return dialect === "postgres"
    ? sql.raw(`${select} from generate_series(1, ${count}) g`)
    : sql.raw(`with recursive n(g) as (select 1 union all select g + 1 from n where g < ${count}) ${select} from n`);
}

/**
 * Fills a migrated database with a million customers and five million history events in a few set-based
 * statements, so the bench can check that figures hold on a database of that size. Events are spread evenly over
 * the customers; every row is a valid one of its table. Ends with the database's own upkeep (PostgreSQL:
 * VACUUM ANALYZE and a CHECKPOINT; SQLite: ANALYZE and a WAL checkpoint), so what is measured next is the size of
 * the tables, not the writing-out of the gigabyte just loaded.
 */
export async function seedLarge(target: LargeTarget, size = largeDatabase): Promise<void> {
  const { db, dialect, close } =
    "postgres" in target
      ? await openDatabase({ databaseUrl: target.postgres.url, schema: target.postgres.schema })
      : await openDatabase({ dataDir: target.dataDir });
  try {
    const preferences = JSON.stringify({ channels: {}, topics: [], pausedUntil: null });
    const insert = (into: string, select: string, count: number) =>
      sql`insert into ${sql.raw(into)} ${series(dialect, count, select)}`.execute(db);
    await insert(
      "subjects (id, email, name, locale, jurisdiction, created_at)",
      `select 'big-' || g, 'big-' || g || '@example.com', 'Customer ' || g, 'en', 'EU', '2026-01-01T00:00:00.000Z'`,
      size.subjects,
    );
    await insert("preferences (subject_id, version, state)", `select 'big-' || g, 0, '${preferences}'`, size.subjects);
    await insert(
      "activity (id, subject_id, event)",
      `select 'big-e' || g, 'big-' || (1 + g % ${size.subjects}), ${eventSql("'big-e' || g")}`,
      size.events,
    );
    await upkeep(db, dialect);
  } finally {
    await close();
  }
}

async function upkeep(db: Db, dialect: DialectName): Promise<void> {
  if (dialect === "postgres") {
    // Only this schema's tables: a bare VACUUM would walk every schema in the database.
    await sql`vacuum analyze subjects, preferences, activity`.execute(db);
    await sql`checkpoint`.execute(db);
    return;
  }
  await sql`analyze`.execute(db);
  await sql`pragma wal_checkpoint(truncate)`.execute(db);
}
