import { changeConsent } from "../../src/api/commands/change-consent.ts";
import type { ConsentRecord } from "../../src/api/contract/consents.ts";
import { consentsView } from "../../src/api/rules/consent-view.ts";
import { conflict } from "../../src/api/rules/rule-error.ts";
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

export const consentHandlers: Pick<Handlers, "getConsents" | "changeConsent"> = {
  async getConsents({ db, deps, current, now }) {
    return consentsView(deps.config.purposes, await loadRecords(db, current.session.subject.id), now);
  },

  async changeConsent({ db, deps, current, body, now, stage }) {
    const subjectId = current.session.subject.id;
    const records = await loadRecords(db, subjectId);
    const outcome = changeConsent(records, body, { now, session: current.session, purposes: deps.config.purposes });
    stage({
      // The counter on the subject row is the lock: of two writers based on the same version, one moves it and the other conflicts.
      guard: (qc) =>
        qc
          .updateTable("subjects")
          .set({ consents_version: body.baseVersion + 1 })
          .where("id", "=", subjectId)
          .where("consents_version", "=", body.baseVersion)
          .returning("id"),
      appends: appendRows(subjectId, outcome.appends),
      onMiss: async () => {
        throw conflict(consentsView(deps.config.purposes, await loadRecords(db, subjectId), now));
      },
    });
    return outcome.response;
  },
};
