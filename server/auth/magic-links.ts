import type { Db } from "../db/schema.ts";
import { hashToken, newToken } from "./tokens.ts";

/** Issues a sign-in token; any older unused link of the subject stops working, so only the newest email counts. */
export async function issueMagicLink(
  db: Db,
  subjectId: string,
  redirectTo: string | null,
  now: Date,
  ttlMs: number,
): Promise<string> {
  const token = newToken();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("magic_links")
      .set({ used_at: at })
      .where("subject_id", "=", subjectId)
      .where("used_at", "is", null)
      .execute();
    await trx
      .insertInto("magic_links")
      .values({
        token_hash: hashToken(token),
        subject_id: subjectId,
        redirect_to: redirectTo,
        created_at: at,
        expires_at: new Date(now.getTime() + ttlMs).toISOString(),
        used_at: null,
      })
      .execute();
  });
  return token;
}

/**
 * Spends a token in one conditional UPDATE, so two presses of the same link cannot both succeed. Unknown, used,
 * replaced and expired tokens all answer the same null.
 */
export async function consumeMagicLink(
  db: Db,
  token: string,
  now: Date,
): Promise<{ subjectId: string; redirectTo: string | null } | null> {
  const at = now.toISOString();
  const row = await db
    .updateTable("magic_links")
    .set({ used_at: at })
    .where("token_hash", "=", hashToken(token))
    .where("used_at", "is", null)
    .where("expires_at", ">", at)
    .returning(["subject_id", "redirect_to"])
    .executeTakeFirst();
  return row ? { subjectId: row.subject_id, redirectTo: row.redirect_to } : null;
}
