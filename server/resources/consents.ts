import { sql, type QueryCreator } from "kysely";
import { applyGpc } from "../../src/api/commands/apply-gpc.ts";
import { changeConsent } from "../../src/api/commands/change-consent.ts";
import type { ConsentRecord, Consents } from "../../src/api/contract/consents.ts";
import { consentsView, ledgerOf, type ConsentLedger } from "../../src/api/rules/consent-view.ts";
import { conflict } from "../../src/api/rules/rule-error.ts";
import { guardOf, type Guard } from "../db/guard.ts";
import { appendRows, toConsentRecord } from "../db/rows.ts";
import { subjectRead } from "../db/subject-read.ts";
import type { Database, Db } from "../db/schema.ts";
import { jsonAnswer, withSubjectRead, type JsonAnswer, type Handlers } from "../http/routes.ts";

async function loadRecords(db: Db, subjectId: string): Promise<ConsentRecord[]> {
  const rows = await db
    .selectFrom("consent_records")
    .select("record")
    .where("subject_id", "=", subjectId)
    .orderBy("seq")
    .execute();
  return rows.map(toConsentRecord);
}

/** Every record as stored (JSON text), newest first: the answer lists them without parsing them again. */
type StoredRecord = { at: string; record: string };

/**
 * What a read shows, in one statement (one snapshot): each purpose's newest record from the current-state table,
 * parsed and checked (a row per purpose) for the statuses, and every record as text. The version is the number
 * of records, as the counter on the subject row is.
 */
async function loadLedger(db: Db, subjectId: string): Promise<{ ledger: ConsentLedger; stored: StoredRecord[] }> {
  const rows = await db
    .selectFrom("consent_current")
    .select([sql<number>`1`.as("current"), "at", "record", sql<number>`0`.as("seq")])
    .where("subject_id", "=", subjectId)
    .unionAll(
      db
        .selectFrom("consent_records")
        .select([sql<number>`0`.as("current"), "at", "record", "seq"])
        .where("subject_id", "=", subjectId),
    )
    .orderBy("at", "desc")
    .orderBy("seq", "desc")
    .execute();
  const current: ConsentRecord[] = [];
  const stored: StoredRecord[] = [];
  for (const row of rows)
    if (Number(row.current) === 1) current.push(toConsentRecord(row));
    else stored.push(row);
  return { ledger: { records: current, version: stored.length }, stored };
}

/** The contract's answer: the view's version and statuses, and every record newest first, as stored. */
function answerWith(view: Consents, stored: readonly StoredRecord[]): JsonAnswer<Consents> {
  return jsonAnswer(
    `{"version":${view.version},"purposes":${JSON.stringify(view.purposes)},"records":[${stored.map((row) => row.record).join(",")}]}`,
  );
}

/**
 * What a change is decided on, read with the request's session (subject-read.ts): each purpose's newest record
 * (parsed and checked) and the version, the counter on the subject row that the write moves (it counts every
 * record). None of the records themselves: the change answers only with the one it made.
 */
const ledgerRead = subjectRead("consent ledger", (subjects) =>
  subjects
    .leftJoin("consent_current", "consent_current.subject_id", "subjects.id")
    .select(["subjects.consents_version as version", "consent_current.record"]),
);

function currentLedger(rows: readonly { version: number; record: string | null }[]): ConsentLedger {
  const records: ConsentRecord[] = [];
  for (const { record } of rows) if (record !== null) records.push(toConsentRecord({ record }));
  return { records, version: Number(rows[0]?.version ?? 0) };
}

const moveCounter = (qc: QueryCreator<Database>, subjectId: string, baseVersion: number, version: number) =>
  qc
    .updateTable("subjects")
    .set({ consents_version: version })
    .where("id", "=", subjectId)
    .where("consents_version", "=", baseVersion)
    .returning("id");

/**
 * The counter on the subject row is the lock: of two writers based on the same version, one moves it and the
 * other conflicts. It moves by the number of records written, as the version (the record count) does.
 */
const moveConsentsVersion = (subjectId: string, baseVersion: number, added: number): Guard =>
  guardOf(moveCounter, subjectId, baseVersion, baseVersion + added);

export const consentHandlers: Pick<Handlers, "getConsents" | "changeConsent" | "applyGpc"> = {
  async getConsents({ db, deps, current, now }) {
    const { ledger, stored } = await loadLedger(db, current.session.subject.id);
    return answerWith(consentsView(deps.config.purposes, ledger, now), stored);
  },

  changeConsent: withSubjectRead(ledgerRead, async ({ db, deps, current, body, now, stage }, rows) => {
    const subjectId = current.session.subject.id;
    const env = { now, session: current.session, purposes: deps.config.purposes };
    const ledger = currentLedger(rows);
    if (ledger.version !== body.baseVersion) {
      // Refused either way; decided on every record, so the conflict answers with all of them.
      changeConsent(ledgerOf(await loadRecords(db, subjectId)), body, env);
      throw conflict(consentsView(deps.config.purposes, await loadRecords(db, subjectId), now));
    }
    const outcome = changeConsent(ledger, body, env);
    stage({
      guard: moveConsentsVersion(subjectId, body.baseVersion, outcome.appends.consentRecords.length),
      appends: appendRows(subjectId, outcome.appends),
      onMiss: async () => {
        throw conflict(consentsView(deps.config.purposes, await loadRecords(db, subjectId), now));
      },
    });
    return outcome.response;
  }),

  async applyGpc({ db, deps, current, now, stage }) {
    const subjectId = current.session.subject.id;
    // Decided on every record: whether a purpose was turned on again after an earlier signal needs its history.
    const records = await loadRecords(db, subjectId);
    const outcome = applyGpc(records, { now, session: current.session, purposes: deps.config.purposes });
    stage({
      // Based on the records just read, so a concurrent change cannot be opted out twice or overlooked.
      guard: moveConsentsVersion(subjectId, records.length, outcome.appends.consentRecords.length),
      appends: appendRows(subjectId, outcome.appends),
      onMiss: async () => {
        throw conflict(outcome.response, "Your choices changed while the privacy signal was applied; send it again.");
      },
    });
    return outcome.response;
  },
};
