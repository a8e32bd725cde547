import { cancelRequest, noSuchRequest } from "../../src/api/commands/cancel-request.ts";
import { fileRequest } from "../../src/api/commands/file-request.ts";
import type { PrivacyRequest } from "../../src/api/contract/requests.ts";
import { conflict } from "../../src/api/rules/rule-error.ts";
import { appendRows, privacyRequestRow, toPrivacyRequest } from "../db/rows.ts";
import { loadDataItems } from "./data.ts";
import type { QueryCreator } from "kysely";
import { guardOf, type Guard } from "../db/guard.ts";
import type { Database, Db } from "../db/schema.ts";
import type { Handlers } from "../http/routes.ts";

/** Scoped to the subject in the query itself: another subject's id is simply not found. */
async function findRequest(db: Db, subjectId: string, id: string): Promise<PrivacyRequest | undefined> {
  const row = await db
    .selectFrom("privacy_requests")
    .select("request")
    .where("id", "=", id)
    .where("subject_id", "=", subjectId)
    .executeTakeFirst();
  return row ? toPrivacyRequest(row) : undefined;
}

// Defined once, so that each is compiled once (guarded-write.ts).
const insertRequest = (
  qc: QueryCreator<Database>,
  id: string,
  subjectId: string,
  version: number,
  createdAt: string,
  request: string,
) =>
  qc
    .insertInto("privacy_requests")
    .values({ id, subject_id: subjectId, version, created_at: createdAt, request })
    .returning("id");

const fileNew = (row: ReturnType<typeof privacyRequestRow>): Guard =>
  guardOf(insertRequest, row.id, row.subject_id, row.version, row.created_at, row.request);

const updateAtVersion = (
  qc: QueryCreator<Database>,
  version: number,
  request: string,
  id: string,
  subjectId: string,
  baseVersion: number,
) =>
  qc
    .updateTable("privacy_requests")
    .set({ version, request })
    .where("id", "=", id)
    .where("subject_id", "=", subjectId)
    .where("version", "=", baseVersion)
    .returning("id");

export const requestHandlers: Pick<Handlers, "listRequests" | "createRequest" | "getRequest" | "cancelRequest"> = {
  async listRequests({ db, current }) {
    const rows = await db
      .selectFrom("privacy_requests")
      .select("request")
      .where("subject_id", "=", current.session.subject.id)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .execute();
    return { requests: rows.map(toPrivacyRequest) };
  },

  async createRequest({ db, current, body, now, stage }) {
    const { subject } = current.session;
    const existing = await db
      .selectFrom("privacy_requests")
      .select("request")
      .where("subject_id", "=", subject.id)
      .execute();
    const dataItems = body.correction ? await loadDataItems(db, subject.id) : [];
    const outcome = fileRequest(existing.map(toPrivacyRequest), body, {
      now,
      session: current.session,
      jurisdiction: subject.jurisdiction,
      dataItems,
    });
    stage({
      guard: fileNew(privacyRequestRow(subject.id, outcome.next)),
      appends: appendRows(subject.id, outcome.appends),
      onMiss: async () => {
        throw new Error("A new request's insert wrote nothing");
      },
    });
    return outcome.response;
  },

  async getRequest({ db, current, params }) {
    const request = await findRequest(db, current.session.subject.id, params.id ?? "");
    if (!request) throw noSuchRequest();
    return request;
  },

  async cancelRequest({ db, current, params, body, now, stage }) {
    const subjectId = current.session.subject.id;
    const id = params.id ?? "";
    const outcome = cancelRequest(await findRequest(db, subjectId, id), body, { now, session: current.session });
    stage({
      guard: guardOf(
        updateAtVersion,
        outcome.next.version,
        JSON.stringify(outcome.next),
        id,
        subjectId,
        body.baseVersion,
      ),
      appends: appendRows(subjectId, outcome.appends),
      onMiss: async () => {
        throw conflict(await findRequest(db, subjectId, id));
      },
    });
    return outcome.response;
  },
};
