import type { ConsentRecord, Consents } from "../../src/api/contract/consents.ts";
import { actorOf, consentMethodOf } from "../../src/api/rules/activity.ts";
import { purposeStatus } from "../../src/api/rules/consents.ts";
import { consentsView } from "../../src/api/rules/consent-view.ts";
import { VersionConflict, assertVersion } from "../../src/api/rules/versions.ts";
import { newId } from "../auth/tokens.ts";
import type { Db } from "../db/schema.ts";
import { validationError } from "../http/errors.ts";
import type { Handlers } from "../http/routes.ts";
import { recordActivity } from "./activity.ts";

async function loadRecords(db: Db, subjectId: string): Promise<ConsentRecord[]> {
  const rows = await db
    .selectFrom("consent_records")
    .select("record")
    .where("subject_id", "=", subjectId)
    .orderBy("seq")
    .execute();
  return rows.map((row) => JSON.parse(row.record) as ConsentRecord);
}

export const consentHandlers: Pick<Handlers, "getConsents" | "changeConsent"> = {
  async getConsents({ db, deps, current, now }) {
    return consentsView(deps.config.purposes, await loadRecords(db, current.session.subject.id), now);
  },

  async changeConsent({ db, deps, current, body, now }) {
    const subjectId = current.session.subject.id;
    const purpose = deps.config.purposes.find((candidate) => candidate.id === body.purposeId);
    if (!purpose) throw validationError([{ path: "purposeId", message: `Unknown purpose "${body.purposeId}"` }]);
    const records = await loadRecords(db, subjectId);
    const view: Consents = consentsView(deps.config.purposes, records, now);
    assertVersion(view, body.baseVersion);
    // The counter on the subject row is the lock: of two writers based on the same version, one moves it and the other conflicts.
    const moved = await db
      .updateTable("subjects")
      .set({ consents_version: body.baseVersion + 1 })
      .where("id", "=", subjectId)
      .where("consents_version", "=", body.baseVersion)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1)
      throw new VersionConflict(consentsView(deps.config.purposes, await loadRecords(db, subjectId), now));
    const before = purposeStatus(purpose, records, now).status;
    const record: ConsentRecord = {
      id: newId("cr"),
      purposeId: purpose.id,
      state: body.state,
      at: now.toISOString(),
      method: consentMethodOf(current.session),
      textVersion: body.textVersion,
      actor: actorOf(current.session),
      receiptId: newId("rcpt"),
    };
    await db
      .insertInto("consent_records")
      .values({ id: record.id, subject_id: subjectId, record: JSON.stringify(record) })
      .execute();
    await recordActivity(db, subjectId, {
      at: record.at,
      actor: record.actor,
      action: body.state === "granted" ? "consent_granted" : "consent_withdrawn",
      target: `purpose:${purpose.id}`,
      before,
      after: body.state,
    });
    return consentsView(deps.config.purposes, [...records, record], now);
  },
};
