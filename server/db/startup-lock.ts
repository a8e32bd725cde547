import { sql } from "kysely";
import type { Db, DialectName } from "./schema.ts";

/**
 * Runs a start-up step that checks and then writes (the demo seed: "no subjects yet? insert them") in one instance
 * at a time, so instances starting together on one PostgreSQL database do not both act on what they both saw. The
 * advisory lock is keyed by schema, held by one connection and released with it even if the process dies. SQLite
 * needs none: one process owns the file. Migrations have Kysely's own lock of the same kind.
 */
export async function oneInstanceAtATime<T>(db: Db, dialect: DialectName, step: (db: Db) => Promise<T>): Promise<T> {
  if (dialect === "sqlite") return step(db);
  return db.connection().execute(async (connection) => {
    const key = sql`hashtext('candor start-up ' || current_schema())`;
    await sql`select pg_advisory_lock(${key})`.execute(connection);
    try {
      return await step(connection);
    } finally {
      await sql`select pg_advisory_unlock(${key})`.execute(connection);
    }
  });
}
