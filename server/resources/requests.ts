import type { PrivacyRequest } from "../../src/api/contract/requests.ts";
import { actorOf } from "../../src/api/rules/activity.ts";
import { cancelledRequest, fileRequest } from "../../src/api/rules/requests.ts";
import { VersionConflict, assertVersion } from "../../src/api/rules/versions.ts";
import { newId } from "../auth/tokens.ts";
import type { Db } from "../db/schema.ts";
import { HttpError } from "../http/errors.ts";
import { assertRoomForRequest } from "../http/write-limits.ts";
import type { Handlers } from "../http/routes.ts";
import { recordActivity } from "./activity.ts";

/** Scoped to the subject in the query itself: another subject's id is simply not found. */
async function findRequest(db: Db, subjectId: string, id: string): Promise<PrivacyRequest> {
  const row = await db
    .selectFrom("privacy_requests")
    .select("request")
    .where("id", "=", id)
    .where("subject_id", "=", subjectId)
    .executeTakeFirst();
  if (!row) throw new HttpError("not_found", "There is no such request.");
  return JSON.parse(row.request) as PrivacyRequest;
}

export const requestHandlers: Pick<Handlers, "listRequests" | "createRequest" | "getRequest" | "cancelRequest"> = {
  async listRequests({ db, current }) {
    const rows = await db
      .selectFrom("privacy_requests")
      .select("request")
      .where("subject_id", "=", current.session.subject.id)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .execute();
    return { requests: rows.map((row) => JSON.parse(row.request) as PrivacyRequest) };
  },

  async createRequest({ db, current, body, now }) {
    const { subject } = current.session;
    await assertRoomForRequest(db, subject.id);
    const at = now.toISOString();
    const request = fileRequest(newId("req"), body, subject.jurisdiction, now);
    await db
      .insertInto("privacy_requests")
      .values({
        id: request.id,
        subject_id: subject.id,
        version: request.version,
        created_at: at,
        request: JSON.stringify(request),
      })
      .execute();
    await recordActivity(db, subject.id, {
      at,
      actor: actorOf(current.session),
      action: "request_created",
      target: `request:${request.id}`,
      before: null,
      after: "received",
    });
    return request;
  },

  async getRequest({ db, current, params }) {
    return findRequest(db, current.session.subject.id, params.id ?? "");
  },

  async cancelRequest({ db, current, params, body, now }) {
    const subjectId = current.session.subject.id;
    const request = await findRequest(db, subjectId, params.id ?? "");
    assertVersion(request, body.baseVersion);
    const next = cancelledRequest(request, now);
    const saved = await db
      .updateTable("privacy_requests")
      .set({ version: next.version, request: JSON.stringify(next) })
      .where("id", "=", request.id)
      .where("subject_id", "=", subjectId)
      .where("version", "=", body.baseVersion)
      .executeTakeFirst();
    if (Number(saved.numUpdatedRows) !== 1) throw new VersionConflict(await findRequest(db, subjectId, request.id));
    await recordActivity(db, subjectId, {
      at: now.toISOString(),
      actor: actorOf(current.session),
      action: "request_cancelled",
      target: `request:${request.id}`,
      before: request.status,
      after: "cancelled",
    });
    return next;
  },
};
