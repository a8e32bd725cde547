import { DatabaseSync } from "node:sqlite";
import { Kysely } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { CachingSqliteDialect } from "./sqlite-dialect.ts";

interface Schema {
  notes: { text: string };
}

let db: Kysely<Schema> | undefined;
afterEach(async () => db?.destroy());

async function openNotes(): Promise<Kysely<Schema>> {
  db = new Kysely<Schema>({ dialect: new CachingSqliteDialect(new DatabaseSync(":memory:")) });
  await db.schema.createTable("notes").addColumn("text", "text").execute();
  return db;
}

describe("CachingSqliteDialect", () => {
  it("keeps another request's write out of a transaction that is waiting on real I/O", async () => {
    const notes = await openNotes();
    const rolledBack = notes
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto("notes").values({ text: "inside" }).execute();
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error("roll back");
      })
      .catch(() => "rolled back");
    await new Promise((resolve) => setTimeout(resolve, 5));
    await notes.insertInto("notes").values({ text: "outside" }).execute();

    expect(await rolledBack).toBe("rolled back");
    expect(await notes.selectFrom("notes").select("text").execute()).toEqual([{ text: "outside" }]);
  });

  it("runs concurrent transactions one after another", async () => {
    const notes = await openNotes();
    await Promise.all(
      ["a", "b", "c"].map((text) =>
        notes.transaction().execute(async (trx) => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          await trx.insertInto("notes").values({ text }).execute();
        }),
      ),
    );
    expect((await notes.selectFrom("notes").select("text").execute()).map((row) => row.text).toSorted()).toEqual([
      "a",
      "b",
      "c",
    ]);
  });
});
