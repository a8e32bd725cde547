import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { errorBodySchema } from "../../src/api/contract/errors.ts";
import { createHttpApi } from "../../src/api/http/create-http-api.ts";
import { customers, signIn } from "../contract/helpers.ts";
import { testClock } from "../test-support/clock.ts";
import { browserFetch } from "../test-support/cookie-jar.ts";
import { startTestServer, type TestServer } from "../test-support/test-server.ts";
import { databases } from "../test-support/databases.ts";

/** Status, code and named fields: what an integrator acts on. */
async function refusal(response: Response) {
  const { error } = errorBodySchema.parse(await response.json());
  return { status: response.status, code: error.code, fields: error.fields?.map((field) => field.path) };
}

describe.each(databases)("raw input the adapter would never send, on $name", ({ databaseUrl }) => {
  let server: TestServer;
  let send: typeof fetch;
  beforeEach(async () => {
    server = await startTestServer({ clock: testClock(), databaseUrl });
    send = browserFetch(server.origin);
    await signIn(createHttpApi({ baseUrl: server.origin, fetch: send }), customers.br);
  });
  afterEach(() => server.close());

  const write = (method: string, path: string, body: BodyInit) =>
    send(`${server.origin}${path}`, {
      method,
      headers: { "Content-Type": "application/json", "X-Candor-CSRF": "1" },
      body,
    });

  it("answers a control character in a path id with 400 naming the id", async () => {
    for (const id of ["%00", "req%00", "req%0A1", "%0D", "%7F"]) {
      expect(await refusal(await send(`${server.origin}/api/requests/${id}`))).toEqual({
        status: 400,
        code: "validation",
        fields: ["id"],
      });
      expect(await refusal(await write("POST", `/api/requests/${id}/cancel`, '{"baseVersion":0}'))).toEqual({
        status: 400,
        code: "validation",
        fields: ["id"],
      });
    }
  });

  it("answers a body that is not UTF-8 with 400, rather than storing replacement characters", async () => {
    const prefix = new TextEncoder().encode('{"type":"access","details":"caf');
    const suffix = new TextEncoder().encode('"}');
    for (const invalid of [[0xe9], [0xc3], [0xed, 0xa0, 0x80], [0xff, 0xfe]]) {
      const body = new Uint8Array([...prefix, ...invalid, ...suffix]);
      expect(await refusal(await write("POST", "/api/requests", body))).toEqual({
        status: 400,
        code: "validation",
        fields: [""],
      });
    }
    const before = await (await send(`${server.origin}/api/requests`)).json();
    expect((before as { requests: { details: string }[] }).requests.some((r) => r.details.includes("\ufffd"))).toBe(
      false,
    );
  });

  it("answers escaped NUL and lone surrogates in JSON with 400 naming the field", async () => {
    for (const [body, field] of [
      ['{"type":"access","details":"a\\u0000b"}', "details"],
      ['{"type":"access","scope":["\\ud800"]}', "scope.0"],
    ] as const)
      expect(await refusal(await write("POST", "/api/requests", body))).toEqual({
        status: 400,
        code: "validation",
        fields: [field],
      });
  });
});
