import { randomBytes } from "node:crypto";
import type { Db } from "../db/schema.ts";
import { hashToken, newId } from "../auth/tokens.ts";

/** Recognisable in a leaked-secret scan, and long enough (256 random bits) that a plain SHA-256 is the right hash. */
const keyPrefix = "candor_op_";

export async function createApiKey(db: Db, name: string, now: Date): Promise<{ id: string; key: string }> {
  const key = `${keyPrefix}${randomBytes(32).toString("base64url")}`;
  const id = newId("key");
  await db
    .insertInto("operator_api_keys")
    .values({ id, name, key_hash: hashToken(key), created_at: now.toISOString(), last_used_at: null })
    .execute();
  return { id, key };
}

export async function listApiKeys(db: Db) {
  return db
    .selectFrom("operator_api_keys")
    .select(["id", "name", "created_at", "last_used_at"])
    .orderBy("name")
    .execute();
}

export async function revokeApiKey(db: Db, name: string): Promise<boolean> {
  const removed = await db.deleteFrom("operator_api_keys").where("name", "=", name).returning("id").execute();
  return removed.length > 0;
}

/** The key's name when `Authorization: Bearer <key>` names a live one; marks it used (at most once a minute). */
export async function authenticateApiKey(db: Db, header: string | undefined, now: Date): Promise<string | null> {
  const key = /^Bearer\s+(\S+)$/i.exec(header ?? "")?.[1];
  if (!key || !key.startsWith(keyPrefix) || key.length > 200) return null;
  const row = await db
    .selectFrom("operator_api_keys")
    .select(["id", "name", "last_used_at"])
    .where("key_hash", "=", hashToken(key))
    .executeTakeFirst();
  if (!row) return null;
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > 60_000)
    await db
      .updateTable("operator_api_keys")
      .set({ last_used_at: now.toISOString() })
      .where("id", "=", row.id)
      .execute();
  return row.name;
}
