import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import type { Jurisdiction } from "../../../src/api/contract/common.ts";
import { normalisePhone } from "../../../src/api/rules/support.ts";

/**
 * The support console finds a customer by exact phone number however it was written ("(415) 555-0147",
 * "+1 415-555-0147"), so each subject keeps its number in one normal form, indexed, beside the one they gave.
 */
export const phoneLookup: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("subjects").addColumn("phone_e164", "text").execute();
    await db.schema.createIndex("subjects_phone_e164").on("subjects").column("phone_e164").execute();
    const typed = db as unknown as Kysely<{
      subjects: { id: string; phone: string | null; jurisdiction: string; phone_e164: string | null };
    }>;
    const rows = await typed
      .selectFrom("subjects")
      .select(["id", "phone", "jurisdiction"])
      .where("phone", "is not", null)
      .execute();
    for (const row of rows)
      await typed
        .updateTable("subjects")
        .set({ phone_e164: normalisePhone(row.phone!, row.jurisdiction as Jurisdiction) })
        .where("id", "=", row.id)
        .execute();
  },
};
