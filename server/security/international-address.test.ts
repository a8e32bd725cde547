import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHttpApi } from "../../src/api/http/create-http-api.ts";
import { demoCustomers } from "../../src/api/seed/demo-customers.ts";
import { latestToken } from "../contract/helpers.ts";
import { insertCustomer } from "../db/seed.ts";
import { testClock } from "../test-support/clock.ts";
import { browserFetch } from "../test-support/cookie-jar.ts";
import { startTestServer, type TestServer } from "../test-support/test-server.ts";
import { databases } from "../test-support/databases.ts";

describe.each(databases)("an internationalised address on $name", ({ databaseUrl }) => {
  let server: TestServer;
  beforeEach(async () => {
    const clock = testClock();
    server = await startTestServer({ clock, databaseUrl });
    // One customer with only an empty history, whose address has an IDN domain and a Unicode local part.
    const template = demoCustomers(clock.now())[0]!;
    await insertCustomer(
      server.db,
      {
        ...template,
        subject: { ...template.subject, id: "idn-1", email: "jürgen@exämple.com" },
        consentRecords: [],
        dataItems: [],
        requests: [],
        activity: [],
      },
      clock.now(),
    );
  });
  afterEach(() => server.close());

  it("signs in however the domain is written, and is mailed at its ASCII domain", async () => {
    for (const typed of ["jürgen@exämple.com", "JÜRGEN@EXÄMPLE.COM", "jürgen@xn--exmple-cua.com"]) {
      const api = createHttpApi({ baseUrl: server.origin, fetch: browserFetch(server.origin) });
      await api.requestMagicLink({ email: typed });
      const { session } = await api.createSession(await latestToken(api, "jürgen@xn--exmple-cua.com"));
      expect(session.subject).toMatchObject({ id: "idn-1", email: "jürgen@xn--exmple-cua.com" });
    }
  });
});
