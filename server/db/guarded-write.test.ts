import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { QueryCreator } from "kysely";
import { guardOf } from "./guard.ts";
import { commitGuarded, type GuardedWrite } from "./guarded-write.ts";
import type { Database } from "./schema.ts";
import { dropPostgresSchema, openDatabase, type OpenDatabase } from "./open.ts";

const databases: [string, string | null][] = [
  ["SQLite", null],
  ...(process.env.DATABASE_URL ? [["PostgreSQL", process.env.DATABASE_URL] as [string, string]] : []),
];

/** Moves the version from base to base + 1, with a history row and an idempotency record under key. */
const moveVersion = (qc: QueryCreator<Database>, base: number, version: number, state: string) =>
  qc
    .updateTable("preferences")
    .set({ version, state })
    .where("subject_id", "=", "s1")
    .where("version", "=", base)
    .returning("version");

const write = (base: number, key: string): GuardedWrite => ({
  guard: guardOf(moveVersion, base, base + 1, `{"v":${base + 1}}`),
  appends: [
    { into: "activity", values: { id: `act-${base}`, subject_id: "s1", event: "{}" } },
    {
      into: "idempotency_keys",
      values: { subject_id: "s1", key, request_hash: "h", status: 200, body: "{}", created_at: "t" },
    },
  ],
});
describe.each(databases)("guarded writes on %s", (_, databaseUrl) => {
  let database: OpenDatabase;
  let schema: string | undefined;
  beforeEach(async () => {
    schema = databaseUrl ? `test_${randomUUID().replaceAll("-", "").slice(0, 16)}` : undefined;
    database = await openDatabase({ databaseUrl, dataDir: ":memory:", ...(schema ? { schema } : {}) });
    await database.db
      .insertInto("subjects")
      .values({ id: "s1", email: "s1@example.com", name: "S", locale: "en", jurisdiction: "GB", created_at: "t" })
      .execute();
    await database.db.insertInto("preferences").values({ subject_id: "s1", version: 1, state: "{}" }).execute();
  });
  afterEach(async () => {
    await database.close();
    if (databaseUrl && schema) await dropPostgresSchema(databaseUrl, schema);
  });

  const state = async () => ({
    version: (await database.db.selectFrom("preferences").select("version").executeTakeFirstOrThrow()).version,
    events: (await database.db.selectFrom("activity").select("id").execute()).map((row) => row.id),
  });

  it("writes the guard and every append", async () => {
    expect(await commitGuarded(database.db, database.dialect, write(1, "k1"))).toBe(true);
    expect(await state()).toEqual({ version: 2, events: ["act-1"] });
  });

  it("writes nothing when the guard matches no row", async () => {
    expect(await commitGuarded(database.db, database.dialect, write(7, "k1"))).toBe(false);
    expect(await state()).toEqual({ version: 1, events: [] });
  });

  it("stores several appends in the order they were given", async () => {
    const base = write(1, "k1");
    const events = ["act-a", "act-b", "act-c", "act-d"].map((id) => ({
      into: "activity" as const,
      values: { id, subject_id: "s1", event: "{}" },
    }));
    expect(await commitGuarded(database.db, database.dialect, { ...base, appends: [...events, ...base.appends] })).toBe(
      true,
    );
    const bySeq = await database.db.selectFrom("activity").select("id").orderBy("seq").execute();
    expect(bySeq.map((row) => row.id)).toEqual(["act-a", "act-b", "act-c", "act-d", "act-1"]);
  });

  it("undoes the guard and the other appends when an append fails", async () => {
    await commitGuarded(database.db, database.dialect, write(1, "taken"));
    await expect(commitGuarded(database.db, database.dialect, write(2, "taken"))).rejects.toThrow(/unique/i);
    expect(await state()).toEqual({ version: 2, events: ["act-1"] });
  });
});
