import { applyGpc } from "../../src/api/commands/apply-gpc.ts";
import { changeConsent } from "../../src/api/commands/change-consent.ts";
import type { ConsentRecord } from "../../src/api/contract/consents.ts";
import { consentsView } from "../../src/api/rules/consent-view.ts";
import { conflict } from "../../src/api/rules/rule-error.ts";
import type { GuardedWrite } from "../db/guarded-write.ts";
import { appendRows, toConsentRecord } from "../db/rows.ts";
import type { Db } from "../db/schema.ts";
import type { Handlers } from "../http/routes.ts";

async function loadRecords(db: Db, subjectId: string): Promise<ConsentRecord[]> {
  const rows = await db
    .selectFrom("consent_records")
    .select("record")
    .where("subject_id", "=", subjectId)
    .orderBy("seq")
    .execute();
  return rows.map(toConsentRecord);
}

/**
 * The counter on the subject row is the lock: of two writers based on the same version, one moves it and the
 * other conflicts. It moves by the number of records written, as the version (the record count) does.
 */
function moveConsentsVersion(subjectId: string, baseVersion: number, added: number): GuardedWrite["guard"] {
  return (qc) =>
    qc
      .updateTable("subjects")
      .set({ consents_version: baseVersion + added })
      .where("id", "=", subjectId)
      .where("consents_version", "=", baseVersion)
      .returning("id");
}

export const consentHandlers: Pick<Handlers, "getConsents" | "changeConsent" | "applyGpc"> = {
  async getConsents({ db, deps, current, now }) {
    return consentsView(deps.config.purposes, await loadRecords(db, current.session.subject.id), now);
  },

  async changeConsent({ db, deps, current, body, now, stage }) {
    const subjectId = current.session.subject.id;
    const records = await loadRecords(db, subjectId);
    const outcome = changeConsent(records, body, { now, session: current.session, purposes: deps.config.purposes });
    stage({
      guard: moveConsentsVersion(subjectId, body.baseVersion, outcome.appends.consentRecords.length),
      appends: appendRows(subjectId, outcome.appends),
      onMiss: async () => {
        throw conflict(consentsView(deps.config.purposes, await loadRecords(db, subjectId), now));
      },
    });
    return outcome.response;
  },

  async applyGpc({ db, deps, current, now, stage }) {
    const subjectId = current.session.subject.id;
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
