import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countStatements, type StatementCount } from "../../bench/server-statements.ts";
import { createHttpApi } from "../../src/api/http/create-http-api.ts";
import type { PrivacyApi } from "../../src/api/privacy-api.ts";
import { customers, signIn } from "../contract/helpers.ts";
import { testClock } from "../test-support/clock.ts";
import { databases } from "../test-support/databases.ts";
import { browserFetch } from "../test-support/cookie-jar.ts";
import { startTestServer, type TestServer } from "../test-support/test-server.ts";

// The bench's driver-level counter (decision 0062): what a request costs the database, independent of timing.
const statementsSoFar = countStatements();

async function costOf(write: () => Promise<unknown>): Promise<StatementCount> {
  const before = statementsSoFar();
  await write();
  const after = statementsSoFar();
  return { statements: after.statements - before.statements, commits: after.commits - before.commits };
}

describe.each(databases)("what a write costs the database on $name", ({ name, databaseUrl }) => {
  // On PostgreSQL each statement is a round trip: the session lookup brings the rows the write is decided on
  // (decision 0077), and the write is one statement. SQLite runs in-process and writes in a transaction.
  const roundTrips = (cost: StatementCount) => {
    if (name === "PostgreSQL") expect(cost.statements).toBe(2);
  };
  let server: TestServer;
  let api: PrivacyApi;
  beforeEach(async () => {
    server = await startTestServer({ clock: testClock(), databaseUrl });
    api = createHttpApi({ baseUrl: server.origin, fetch: browserFetch(server.origin) });
    await signIn(api, customers.br);
    // The session's last-seen time is written on its first use (then at most once a minute): not part of a write.
    await api.getSession();
  });
  afterEach(() => server.close());

  // The count against the write limits shares the write's commit: its transaction on SQLite, its one statement on
  // PostgreSQL (decision 0072).
  it("commits a preference write once, the same however often the subject wrote before", async () => {
    let { version } = await api.getPreferences();
    const write = (on: boolean) => async () => {
      version = (
        await api.updatePreferences({ baseVersion: version, changes: [{ kind: "channel", channelId: "post", on }] })
      ).version;
    };
    const first = await costOf(write(false));
    expect(first.commits).toBe(1);
    roundTrips(first);
    for (let turn = 0; turn < 20; turn += 1) await write(turn % 2 === 0)();
    expect(await costOf(write(true))).toEqual(first);
  });

  it("commits a consent change once, and its statements do not grow with the record", async () => {
    let { version } = await api.getConsents();
    const change = (state: "granted" | "withdrawn") => async () => {
      ({ version } = await api.changeConsent(
        { baseVersion: version, purposeId: "analytics", state, textVersion: "2026-03" },
        { idempotencyKey: `change-${version}` },
      ));
    };
    const first = await costOf(change("granted"));
    expect(first.commits).toBe(1);
    roundTrips(first);
    for (let turn = 0; turn < 40; turn += 1) await change(turn % 2 === 0 ? "withdrawn" : "granted")();
    expect(await costOf(change("withdrawn"))).toEqual(first);
  });
});
