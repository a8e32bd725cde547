import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { StartupError } from "../settings.ts";
import { migrate } from "./migrations.ts";
import { checkpointInBackground } from "./sqlite-checkpoints.ts";
import { CachingSqliteDialect } from "./sqlite-dialect.ts";
import type { Database, Db, DialectName } from "./schema.ts";

export interface OpenOptions {
  /** PostgreSQL when set, SQLite otherwise. */
  databaseUrl?: string | null;
  /** SQLite: the folder holding candor.sqlite, or ":memory:". */
  dataDir?: string;
  /** PostgreSQL: work inside this schema (created if missing) — tests and benches use a throwaway one. */
  schema?: string;
  /** SQLite: how long the WAL grows before it starts again (tests shorten it). */
  walRestartFrames?: number;
}

export interface OpenDatabase {
  db: Db;
  dialect: DialectName;
  close(): Promise<void>;
}

const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

async function openPostgres(url: string, schema: string | undefined): Promise<OpenDatabase> {
  if (schema && !schemaName.test(schema)) throw new Error(`Invalid schema name "${schema}"`);
  if (schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`create schema if not exists ${schema}`);
    } catch (error) {
      // Instances sharing a schema (tests) may race to create it: "if not exists" still fails for the slower one.
      if ((error as { code?: string }).code !== "23505") throw error;
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // Named statements: each connection parses and plans a query text once, then only binds and executes it (a
  // fifth more writes/s under load). Query texts come from a fixed set of builders; the bound is in case something
  // ever builds SQL with inlined values, since a connection keeps its named statements until it closes.
  // A text's name is its hash, worked out once per text for the whole pool rather than on every query (a write's
  // texts are up to 2 kB); the texts are few, as above.
  const nameOf = new Map<string, string>();
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (config: unknown, values?: unknown) => unknown;
    const names = new Set<string>();
    (client as { query: unknown }).query = (text: unknown, values?: unknown[]) => {
      if (typeof text !== "string" || !Array.isArray(values) || values.length === 0) return query(text, values);
      let name = nameOf.get(text);
      if (name === undefined) {
        name = createHash("sha1").update(text).digest("base64url");
        if (nameOf.size < 500) nameOf.set(text, name);
      }
      if (!names.has(name)) {
        if (names.size >= 500) return query(text, values);
        names.add(name);
      }
      return query({ name, text, values });
    };
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  // Naming the migration table's schema stops Kysely from mistaking another schema's table for ours.
  await migrate(db, "postgres", rows[0]?.schema ?? "public");
  return { db, dialect: "postgres", close: () => db.destroy() };
}

/** Held in exclusive locking mode for as long as the server runs: a second process opening the folder is refused. */
const ownerFile = "candor-owner.sqlite";

function takeOwnership(dataDir: string): DatabaseSync {
  const owner = new DatabaseSync(path.join(dataDir, ownerFile), { timeout: 0 });
  try {
    // It holds no data, so no journal file either (one would sit beside it for as long as the lock is held).
    owner.exec("pragma locking_mode = EXCLUSIVE; pragma journal_mode = MEMORY; begin exclusive; commit");
    return owner;
  } catch (error) {
    owner.close();
    // SQLITE_BUSY: another process holds the lock.
    if ((error as { errcode?: number }).errcode === 5)
      throw new StartupError(
        `The database in ${dataDir} is in use by another Candor process; stop it or set DATA_DIR to another folder.`,
      );
    throw error;
  }
}

async function openSqlite(dataDir: string, walRestartFrames: number | undefined): Promise<OpenDatabase> {
  if (dataDir === ":memory:") {
    const database = new DatabaseSync(":memory:");
    database.exec("pragma foreign_keys = ON");
    const db = new Kysely<Database>({ dialect: new CachingSqliteDialect(database) });
    await migrate(db, "sqlite");
    return { db, dialect: "sqlite", close: () => db.destroy() };
  }
  mkdirSync(dataDir, { recursive: true });
  // One process owns the folder (scale-out is PostgreSQL's job); the database file itself is shared with the
  // thread that checkpoints it, so it uses SQLite's normal locking.
  const owner = takeOwnership(dataDir);
  const file = path.join(dataDir, "candor.sqlite");
  let database: DatabaseSync | undefined;
  try {
    database = new DatabaseSync(file, { timeout: 5000 });
    database.exec("pragma journal_mode = WAL");
    // WAL with NORMAL survives a process crash; only a power cut can lose the last commits.
    database.exec("pragma synchronous = NORMAL");
    database.exec("pragma foreign_keys = ON");
  } catch (error) {
    database?.close();
    owner.close();
    throw error;
  }
  const checkpoints = checkpointInBackground(database, file, walRestartFrames);
  const db = new Kysely<Database>({ dialect: new CachingSqliteDialect(database) });
  const close = async () => {
    await checkpoints.stop();
    await db.destroy();
    owner.close();
  };
  try {
    await migrate(db, "sqlite");
  } catch (error) {
    await close();
    throw error;
  }
  return { db, dialect: "sqlite", close };
}

/** Opens the database and brings its schema up to date. */
export function openDatabase(options: OpenOptions): Promise<OpenDatabase> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.schema);
  return openSqlite(options.dataDir ?? "./.data", options.walRestartFrames);
}

/** Drops a throwaway PostgreSQL schema (tests, benches). */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  if (!schemaName.test(schema)) throw new Error(`Invalid schema name "${schema}"`);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await admin.end();
  }
}
