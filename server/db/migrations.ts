import { sql } from "kysely";
import { Migrator, type Migration, type MigrationProvider } from "kysely/migration";
import type { Db, DialectName } from "./schema.ts";
import { initial } from "./migrations/0001-initial.ts";
import { operatorApiKeys } from "./migrations/0002-operator-api-keys.ts";
import { retentionEnds } from "./migrations/0003-retention-ends.ts";
import { phoneLookup } from "./migrations/0004-support-phone-lookup.ts";
import { consentCurrent } from "./migrations/0005-consent-current.ts";
import { dataItemFields } from "./migrations/0006-data-item-fields.ts";

/** One file a migration in ./migrations, applied in the order of their names; they only ever go forward. */
export function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    "0001_initial": initial(dialect),
    "0002_operator_api_keys": operatorApiKeys,
    "0003_retention_ends": retentionEnds,
    "0004_support_phone_lookup": phoneLookup,
    "0005_consent_current": consentCurrent(dialect),
    "0006_data_item_fields": dataItemFields(dialect),
  };
}

function provider(dialect: DialectName): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}

/**
 * The migrations this code knows that the database has not recorded as done: what /readyz waits on, and what an
 * instance of a newer release sees while another is still migrating. Kysely's table, found through search_path.
 */
export async function pendingMigrations(db: Db, dialect: DialectName): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const done = new Set(rows.map((row) => row.name));
  return Object.keys(migrations(dialect)).filter((name) => !done.has(name));
}

export async function migrate(db: Db, dialect: DialectName, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: provider(dialect),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === "Error");
  if (error || failed)
    throw new Error(
      `Database migration ${failed?.migrationName ?? ""} failed: ${(error as Error | undefined)?.message ?? "unknown error"}`,
    );
}
