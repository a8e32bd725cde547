import { updatePreferences } from "../../src/api/commands/update-preferences.ts";
import type { Preferences } from "../../src/api/contract/preferences.ts";
import type { OperatorConfig } from "../../src/api/contract/operator-config.ts";
import { preferenceCatalog } from "../../src/api/rules/catalog.ts";
import { initialPreferences } from "../../src/api/rules/preferences.ts";
import { conflict } from "../../src/api/rules/rule-error.ts";
import type { GuardedWrite } from "../db/guarded-write.ts";
import { appendRows, preferencesState, toPreferences } from "../db/rows.ts";
import type { Db } from "../db/schema.ts";
import type { Handlers } from "../http/routes.ts";

/** A subject without a stored row (added outside the seed) starts from the rules' initial state. */
export async function loadPreferences(
  db: Db,
  subjectId: string,
  config: OperatorConfig,
): Promise<{ preferences: Preferences; stored: boolean }> {
  const row = await db
    .selectFrom("preferences")
    .select(["version", "state"])
    .where("subject_id", "=", subjectId)
    .executeTakeFirst();
  if (!row) return { preferences: initialPreferences(preferenceCatalog(config)), stored: false };
  return { preferences: toPreferences(row), stored: true };
}

/**
 * Writes only if nobody moved the version meanwhile; the WHERE is what keeps concurrent writers from overwriting.
 * A subject without a stored row gets one, unless a concurrent first write got there first.
 */
export function savePreferences(
  subjectId: string,
  next: Preferences,
  baseVersion: number,
  stored: boolean,
): GuardedWrite["guard"] {
  const row = preferencesState(next);
  if (!stored)
    return (db) =>
      db
        .insertInto("preferences")
        .values({ subject_id: subjectId, ...row })
        .onConflict((oc) => oc.column("subject_id").doNothing())
        .returning("version");
  return (db) =>
    db
      .updateTable("preferences")
      .set(row)
      .where("subject_id", "=", subjectId)
      .where("version", "=", baseVersion)
      .returning("version");
}

export const preferenceHandlers: Pick<Handlers, "getPreferences" | "updatePreferences"> = {
  async getPreferences({ db, deps, current }) {
    return (await loadPreferences(db, current.session.subject.id, deps.config)).preferences;
  },

  async updatePreferences({ db, deps, current, body, now, stage }) {
    const subjectId = current.session.subject.id;
    const { preferences, stored } = await loadPreferences(db, subjectId, deps.config);
    const outcome = updatePreferences(preferences, body, {
      now,
      session: current.session,
      catalog: preferenceCatalog(deps.config),
    });
    stage({
      guard: savePreferences(subjectId, outcome.next, body.baseVersion, stored),
      appends: appendRows(subjectId, outcome.appends),
      onMiss: async () => {
        throw conflict((await loadPreferences(db, subjectId, deps.config)).preferences);
      },
    });
    return outcome.response;
  },
};
