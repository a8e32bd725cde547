import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "./open.ts";
import { precompiled } from "./precompiled.ts";

let open: OpenDatabase | undefined;
afterEach(async () => open?.close());

const limitRow = precompiled(
  (db, key: string) =>
    db.selectFrom("rate_limits").select(["key", "count"]).where("key", "=", key).where("count", ">", 1),
  1,
);

describe("precompiled", () => {
  it("binds each call's values and keeps the constants the query was built with", async () => {
    open = await openDatabase({ dataDir: ":memory:" });
    const { db } = open;
    await db
      .insertInto("rate_limits")
      .values([
        { key: "a", window_start: "2026-12-01T00:00:00.000Z", count: 2 },
        { key: "b", window_start: "2026-12-01T00:00:00.000Z", count: 1 },
      ])
      .execute();
    expect(await limitRow(db, "a")).toEqual([{ key: "a", count: 2 }]);
    // Compiled on the first call; the second binds its own value, and the constant 1 still holds.
    expect(await limitRow(db, "b")).toEqual([]);
    expect(await limitRow(db, "c")).toEqual([]);
  });

  it("refuses a query whose value did not become a bound parameter", async () => {
    open = await openDatabase({ dataDir: ":memory:" });
    const inlined = precompiled(
      (db, key: string) => db.selectFrom("rate_limits").select("key").where("key", "=", sql.lit(key)),
      1,
    );
    await expect(inlined(open.db, "a")).rejects.toThrow(/not a bound parameter/);
  });

  it("refuses a query with a parameter worked out from a placeholder", async () => {
    open = await openDatabase({ dataDir: ":memory:" });
    const derived = precompiled(
      (db, key: string) =>
        db.selectFrom("rate_limits").select("key").where("key", "=", key).where("key", "!=", `${key}-old`),
      1,
    );
    await expect(derived(open.db, "a")).rejects.toThrow(/worked out from a placeholder/);
  });
});
