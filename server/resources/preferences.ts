import { updatePreferences } from "../../src/api/commands/update-preferences.ts";
import type { Preferences } from "../../src/api/contract/preferences.ts";
import type { OperatorConfig } from "../../src/api/contract/operator-config.ts";
import { preferenceCatalog } from "../../src/api/rules/catalog.ts";
import { initialPreferences } from "../../src/api/rules/preferences.ts";
import { conflict } from "../../src/api/rules/rule-error.ts";
import type { QueryCreator } from "kysely";
import { guardOf, type Guard } from "../db/guard.ts";
import { subjectRead } from "../db/subject-read.ts";
import type { Subject } from "../../src/api/contract/subject.ts";
import { contactFields, contactsOf, storedPreferences } from "../../src/api/rules/contacts.ts";
import { appendRows, preferencesState, toDataItem, toPreferences } from "../db/rows.ts";
import type { Database, Db } from "../db/schema.ts";
import { withSubjectRead, type Handlers } from "../http/routes.ts";

/**
 * The stored preferences beside each item that can hold a contact point (by the (subject, field) index, in the
 * order the data lists them), in one statement compiled once; on a signed-in request, the session lookup's
 * (subject-read.ts). Every preference read and write, and the one-click unsubscribe, start here. One row per
 * such item, or one with a null item when there is none; the preference columns are null when the subject has no
 * stored row.
 */
const preferenceRead = subjectRead("preferences", (subjects) =>
  subjects
    .leftJoin("preferences", "preferences.subject_id", "subjects.id")
    .leftJoin("data_items", (join) =>
      join.onRef("data_items.subject_id", "=", "subjects.id").on("data_items.field", "in", contactFields),
    )
    .select(["preferences.version", "preferences.state", "data_items.item"])
    .orderBy("data_items.position"),
);

type PreferenceRow = Awaited<ReturnType<typeof preferenceRead.bySubjectId>>[number];

/**
 * The stored state with the contact points worked out from what the subject's data holds now; a subject without
 * a stored row (added outside the seed) starts from the rules' initial state.
 */
function preferencesOf(
  rows: readonly PreferenceRow[],
  subject: Subject,
  config: OperatorConfig,
): { preferences: Preferences; stored: boolean } {
  const items = rows.flatMap(({ item }) => (item === null ? [] : [toDataItem({ item })]));
  const { version, state } = rows[0] ?? { version: null, state: null };
  const stored = version !== null && state !== null;
  const preferences = stored ? toPreferences({ version, state }) : initialPreferences(preferenceCatalog(config));
  return { preferences: { ...preferences, contacts: contactsOf(subject, items) }, stored };
}

export async function loadPreferences(
  db: Db,
  subject: Subject,
  config: OperatorConfig,
): Promise<{ preferences: Preferences; stored: boolean }> {
  return preferencesOf(await preferenceRead.bySubjectId(db, subject.id), subject, config);
}

// Defined once, so that each is compiled once (guarded-write.ts).
const insertUnlessTaken = (qc: QueryCreator<Database>, subjectId: string, version: number, state: string) =>
  qc
    .insertInto("preferences")
    .values({ subject_id: subjectId, version, state })
    .onConflict((oc) => oc.column("subject_id").doNothing())
    .returning("version");

const updateAtVersion = (
  qc: QueryCreator<Database>,
  subjectId: string,
  version: number,
  state: string,
  baseVersion: number,
) =>
  qc
    .updateTable("preferences")
    .set({ version, state })
    .where("subject_id", "=", subjectId)
    .where("version", "=", baseVersion)
    .returning("version");

/**
 * Writes only if nobody moved the version meanwhile; the WHERE is what keeps concurrent writers from overwriting.
 * A subject without a stored row gets one, unless a concurrent first write got there first.
 */
export function savePreferences(subjectId: string, next: Preferences, baseVersion: number, stored: boolean): Guard {
  const { version, state } = preferencesState(storedPreferences(next));
  return stored
    ? guardOf(updateAtVersion, subjectId, version, state, baseVersion)
    : guardOf(insertUnlessTaken, subjectId, version, state);
}

export const preferenceHandlers: Pick<Handlers, "getPreferences" | "updatePreferences"> = {
  getPreferences: withSubjectRead(
    preferenceRead,
    async ({ deps, current }, rows) => preferencesOf(rows, current.session.subject, deps.config).preferences,
  ),

  updatePreferences: withSubjectRead(preferenceRead, async ({ db, deps, current, body, now, stage }, rows) => {
    const { subject } = current.session;
    const subjectId = subject.id;
    const { preferences, stored } = preferencesOf(rows, subject, deps.config);
    const outcome = updatePreferences(preferences, body, {
      now,
      session: current.session,
      catalog: preferenceCatalog(deps.config),
    });
    stage({
      guard: savePreferences(subjectId, outcome.next, body.baseVersion, stored),
      appends: appendRows(subjectId, outcome.appends),
      onMiss: async () => {
        throw conflict((await loadPreferences(db, subject, deps.config)).preferences);
      },
    });
    return outcome.response;
  }),
};
