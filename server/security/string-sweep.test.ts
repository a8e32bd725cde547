import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { errorBodySchema } from "../../src/api/contract/errors.ts";
import { createHttpApi } from "../../src/api/http/create-http-api.ts";
import { customers, signIn } from "../contract/helpers.ts";
import { testClock } from "../test-support/clock.ts";
import { browserFetch } from "../test-support/cookie-jar.ts";
import { startTestServer, type TestServer } from "../test-support/test-server.ts";
import { databases } from "../test-support/databases.ts";

/** A well-formed body for every endpoint that takes one, with every kind of string field it has. */
const samples: [string, string, object][] = [
  ["POST", "/api/auth/magic-links", { email: customers.it, redirectTo: "/preferences", locale: "en" }],
  ["POST", "/api/auth/sessions", { token: "t".repeat(43) }],
  [
    "PATCH",
    "/api/preferences",
    {
      baseVersion: 0,
      changes: [
        { kind: "topic", topicId: "offers", channelId: "email", subscribed: true },
        { kind: "frequency", topicId: "newsletter", frequency: "weekly" },
        { kind: "pause", until: "2030-01-01T00:00:00.000Z" },
      ],
    },
  ],
  ["POST", "/api/consents", { baseVersion: 0, purposeId: "partner_sharing", state: "granted", textVersion: "v1" }],
  ["POST", "/api/requests", { type: "access", scope: ["email"], details: "Please." }],
];

/** The sample once for each string in it, with that one string spoiled. */
function spoiled(value: unknown, spoil: (text: string) => string): unknown[] {
  if (typeof value === "string") return [spoil(value)];
  if (Array.isArray(value))
    return value.flatMap((item, index) => spoiled(item, spoil).map((bad) => value.with(index, bad)));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) =>
      spoiled(item, spoil).map((bad) => ({ ...value, [key]: bad })),
    );
  return [];
}

describe.each(databases)("every string of every body, spoiled, on $name", ({ databaseUrl }) => {
  let server: TestServer;
  let send: typeof fetch;
  beforeEach(async () => {
    server = await startTestServer({ clock: testClock(), databaseUrl });
    send = browserFetch(server.origin);
    await signIn(createHttpApi({ baseUrl: server.origin, fetch: send }), customers.br);
  });
  afterEach(() => server.close());

  it.each([
    ["a NUL byte", (text: string) => `${text}\u0000`],
    ["a lone surrogate", (text: string) => `\ud83d${text}`],
    ["a DEL and a C1 control", (text: string) => `${text}\u007f\u0085`],
  ])("answers %s with a JSON 4xx, never a 500", async (_, spoil) => {
    for (const [method, path, sample] of samples)
      for (const body of spoiled(sample, spoil)) {
        const response = await send(`${server.origin}${path}`, {
          method,
          headers: { "Content-Type": "application/json", "X-Candor-CSRF": "1" },
          body: JSON.stringify(body),
        });
        const seen = { path, body: JSON.stringify(body), status: response.status };
        expect(seen).toEqual({ ...seen, status: expect.toSatisfy((status: number) => status >= 400 && status < 500) });
        errorBodySchema.parse(await response.json());
      }
  });
});
