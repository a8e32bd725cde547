import type { Preferences, PreferencesUpdate } from "../../src/api/contract/preferences.ts";
import { actorOf } from "../../src/api/rules/activity.ts";
import { preferenceCatalog } from "../../src/api/rules/catalog.ts";
import {
  PreferenceRuleError,
  applyDescribedPreferenceChanges,
  initialPreferences,
} from "../../src/api/rules/preferences.ts";
import { VersionConflict, assertVersion } from "../../src/api/rules/versions.ts";
import type { OperatorConfig } from "../../src/api/contract/operator-config.ts";
import type { Append, GuardedWrite } from "../db/guarded-write.ts";
import type { Db } from "../db/schema.ts";
import { validationError } from "../http/errors.ts";
import { stagedWrite, type Handlers } from "../http/routes.ts";
import { activityRow } from "./activity.ts";

/** A subject without a stored row (added outside the seed) starts from the rules' initial state. */
async function loadPreferences(
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
  return {
    preferences: { version: row.version, ...(JSON.parse(row.state) as Omit<Preferences, "version">) },
    stored: true,
  };
}

/**
 * Writes only if nobody moved the version meanwhile; the WHERE is what keeps concurrent writers from overwriting.
 * A subject without a stored row gets one, unless a concurrent first write got there first.
 */
function savePreferences(
  subjectId: string,
  next: Preferences,
  baseVersion: number,
  stored: boolean,
): GuardedWrite["guard"] {
  const { version, ...state } = next;
  if (!stored)
    return (db) =>
      db
        .insertInto("preferences")
        .values({ subject_id: subjectId, version, state: JSON.stringify(state) })
        .onConflict((oc) => oc.column("subject_id").doNothing())
        .returning("version");
  return (db) =>
    db
      .updateTable("preferences")
      .set({ version, state: JSON.stringify(state) })
      .where("subject_id", "=", subjectId)
      .where("version", "=", baseVersion)
      .returning("version");
}

/** A rule broken by one of the changes is the client's mistake: a 400 naming the change. */
function applyOrReject(state: Preferences, changes: PreferencesUpdate["changes"], config: OperatorConfig) {
  try {
    return applyDescribedPreferenceChanges(state, changes, preferenceCatalog(config));
  } catch (error) {
    if (error instanceof PreferenceRuleError) throw validationError([{ path: error.path, message: error.message }]);
    throw error;
  }
}

export const preferenceHandlers: Pick<Handlers, "getPreferences" | "updatePreferences"> = {
  async getPreferences({ db, deps, current }) {
    return (await loadPreferences(db, current.session.subject.id, deps.config)).preferences;
  },

  updatePreferences: stagedWrite(async ({ db, deps, current, body, now, stage }) => {
    const subjectId = current.session.subject.id;
    const { preferences: state, stored } = await loadPreferences(db, subjectId, deps.config);
    assertVersion(state, body.baseVersion);
    const { next, descriptions } = applyOrReject(state, body.changes, deps.config);
    const actor = actorOf(current.session);
    const at = now.toISOString();
    const appends: Append[] = descriptions.map((described) =>
      activityRow(subjectId, { at, actor, action: "preferences_changed", ...described }),
    );
    stage({
      guard: savePreferences(subjectId, next, body.baseVersion, stored),
      appends,
      onMiss: async () => {
        throw new VersionConflict((await loadPreferences(db, subjectId, deps.config)).preferences);
      },
    });
    return next;
  }),
};
