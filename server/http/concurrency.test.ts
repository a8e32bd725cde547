import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHttpApi } from "../../src/api/http/create-http-api.ts";
import type { PrivacyApi } from "../../src/api/privacy-api.ts";
import { demoConfig } from "../../src/api/seed/demo-config.ts";
import { customers, signIn } from "../contract/helpers.ts";
import { testClock } from "../test-support/clock.ts";
import { browserFetch } from "../test-support/cookie-jar.ts";
import { startTestServer, type TestServer } from "../test-support/test-server.ts";

const databases: [string, string | null][] = [
  ["SQLite", null],
  ...(process.env.DATABASE_URL ? [["PostgreSQL", process.env.DATABASE_URL] as [string, string]] : []),
];

describe.each(databases)("concurrent writes on %s", (_, databaseUrl) => {
  let server: TestServer;
  let api: PrivacyApi;
  beforeEach(async () => {
    server = await startTestServer({ clock: testClock(), databaseUrl });
    api = createHttpApi({ baseUrl: server.origin, fetch: browserFetch(server.origin) });
    await signIn(api, customers.br);
  });
  afterEach(() => server.close());

  it("applies simultaneous retries with one key once, and answers them all alike", async () => {
    const base = await api.getPreferences();
    const update = {
      baseVersion: base.version,
      changes: [{ kind: "channel" as const, channelId: "post" as const, on: false }],
    };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => api.updatePreferences(update, { idempotencyKey: "same-click" })),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect((await api.getPreferences()).version).toBe(base.version + 1);
    const changes = (await api.listActivity()).events.filter((event) => event.target === "channel:post");
    expect(changes).toHaveLength(1);
  });

  it("lets exactly one of several writers based on one version win; the rest get 409", async () => {
    const base = await api.getPreferences();
    const outcomes = await Promise.allSettled(
      (["email", "sms", "whatsapp", "push", "post", "phone_call"] as const).map((channelId) =>
        api.updatePreferences({ baseVersion: base.version, changes: [{ kind: "channel", channelId, on: false }] }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const reasons = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
    expect(reasons).toHaveLength(outcomes.length - 1);
    for (const reason of reasons) expect(reason).toMatchObject({ code: "conflict", status: 409 });
    expect((await api.getPreferences()).version).toBe(base.version + 1);
  });

  it("keeps consents append-only under simultaneous changes", async () => {
    const base = await api.getConsents();
    const outcomes = await Promise.allSettled(
      demoConfig.purposes.map((purpose) =>
        api.changeConsent({
          baseVersion: base.version,
          purposeId: purpose.id,
          state: "withdrawn",
          textVersion: purpose.textVersion,
        }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect((await api.getConsents()).records).toHaveLength(base.records.length + 1);
  });
});
