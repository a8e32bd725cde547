import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { customers, failure, signIn } from "../contract/helpers.ts";
import { createTestApp, sameOrigin, type TestApp } from "../test-support/test-app.ts";

describe("authorization", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("answers another subject's seeded request ids with 404 and no data", async () => {
    const { api, fetch } = t.browser();
    await signIn(api, customers.it);
    const theirs = await t.db
      .selectFrom("privacy_requests")
      .select(["id", "version"])
      .where("subject_id", "=", "subj-br")
      .execute();
    expect(theirs.length).toBeGreaterThan(0);
    for (const request of theirs) {
      const read = await fetch(`http://localhost/api/requests/${request.id}`);
      expect(read.status).toBe(404);
      expect(await read.text()).not.toContain(request.id.replace("req-", ""));
      expect((await failure(api.cancelRequest(request.id, { baseVersion: request.version }))).code).toBe("not_found");
    }
    const unchanged = await t.db
      .selectFrom("privacy_requests")
      .select("version")
      .where("subject_id", "=", "subj-br")
      .execute();
    expect(unchanged.map((row) => row.version)).toEqual(theirs.map((row) => row.version));
  });

  it("keeps every list to the session's subject", async () => {
    const { api } = t.browser();
    const session = await signIn(api, customers.it);
    const everything = JSON.stringify([
      await api.getData(),
      await api.listRequests(),
      (await api.listActivity()).events,
      await api.getConsents(),
    ]);
    for (const other of ["subj-br", "subj-ca", "subj-tw", "subj-pl", customers.br])
      expect(everything).not.toContain(other);
    expect(session.subject.id).toBe("subj-it");
  });

  it("ignores a subject id smuggled into a write", async () => {
    const { api, fetch } = t.browser();
    await signIn(api, customers.it);
    const version = (subjectId: string) =>
      t.db
        .selectFrom("preferences")
        .select("version")
        .where("subject_id", "=", subjectId)
        .executeTakeFirstOrThrow()
        .then((row) => row.version);
    const theirs = await version("subj-br");
    const mine = await version("subj-it");
    const response = await fetch("http://localhost/api/preferences?subjectId=subj-br", {
      method: "PATCH",
      headers: sameOrigin,
      body: JSON.stringify({ subjectId: "subj-br", baseVersion: mine, changes: [{ kind: "stop_all_marketing" }] }),
    });
    expect(response.status).toBe(200);
    expect(await version("subj-br")).toBe(theirs);
    expect(await version("subj-it")).toBe(mine + 1);
  });
});
