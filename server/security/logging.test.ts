import { afterEach, describe, expect, it } from "vitest";
import { hashToken } from "../auth/tokens.ts";
import { customers } from "../contract/helpers.ts";
import type { Logger } from "../deps.ts";
import { testClock } from "../test-support/clock.ts";
import { createTestApp, sameOrigin } from "../test-support/test-app.ts";
import { startTestServer, type TestServer } from "../test-support/test-server.ts";

function capturingLogger(): { lines: string[]; log: Logger } {
  const lines: string[] = [];
  return {
    lines,
    log: {
      info: (message) => lines.push(message),
      error: (message, error) => lines.push(error === undefined ? message : `${message} ${String(error)}`),
    },
  };
}

interface RequestLine {
  event: string;
  requestId: string;
  method: string;
  route: string;
  status: number;
  durationMs: number;
}

const requestLines = (lines: string[]) =>
  lines.map((line) => JSON.parse(line) as RequestLine).filter((line) => line.event === "request");

const databases = [
  ["SQLite", null],
  ...(process.env.DATABASE_URL ? [["PostgreSQL", process.env.DATABASE_URL] as const] : []),
] as const;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("error logging", () => {
  it("logs an unexpected failure with the request id it answers with, and hides the details", async () => {
    const { lines, log } = capturingLogger();
    const t = await createTestApp({ log });
    await t.db.schema.dropTable("magic_links").execute();
    const response = await t.app.request("/api/auth/sessions", {
      method: "POST",
      headers: sameOrigin,
      body: JSON.stringify({ token: "x".repeat(43) }),
    });
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe("internal");
    expect(body.error.message).not.toContain("magic_links");
    expect(body.error.requestId).toBe(response.headers.get("x-request-id"));
    const failure = lines.map((line) => JSON.parse(line)).find((line) => line.event === "unexpected_failure");
    expect(failure).toMatchObject({ level: "error", requestId: body.error.requestId, route: "/api/auth/sessions" });
    expect(failure.error).toContain("magic_links");
    await t.close();
  });

  it("keeps an address that a failure quotes out of its line, and still answers as for anyone", async () => {
    const { lines, log } = capturingLogger();
    const quoting = new Error(`Key (email)=(${customers.br}) already exists`);
    const t = await createTestApp({ log, mailer: { send: () => Promise.reject(quoting) } });
    const response = await t.app.request("/api/auth/magic-links", {
      method: "POST",
      headers: sameOrigin,
      body: JSON.stringify({ email: customers.br }),
    });
    expect(response.status).toBe(202);
    const failure = lines.map((line) => JSON.parse(line)).find((line) => line.event === "sign_in_link_failed");
    expect(failure.error).toContain("Key (email)=([address]) already exists");
    expect(lines.join("\n")).not.toContain(customers.br);
    await t.close();
  });

  it("logs client errors with their request id, without the body", async () => {
    const { lines, log } = capturingLogger();
    const t = await createTestApp({ log });
    const response = await t.app.request("/api/auth/magic-links", {
      method: "POST",
      headers: sameOrigin,
      body: JSON.stringify({ email: "not-an-address" }),
    });
    expect(response.status).toBe(400);
    expect(requestLines(lines)).toEqual([
      {
        time: expect.any(String),
        level: "info",
        event: "request",
        requestId: response.headers.get("x-request-id"),
        method: "POST",
        route: "/api/auth/magic-links",
        status: 400,
        durationMs: expect.any(Number),
      },
    ]);
    expect(lines.join("\n")).not.toContain("not-an-address");
    await t.close();
  });
});

describe.each(databases)("the request log on %s", (_name, databaseUrl) => {
  it("has one JSON line per request of the sign-in journey, and none of its secrets", async () => {
    const { lines, log } = capturingLogger();
    const printed: string[] = [];
    server = await startTestServer({
      clock: testClock(),
      databaseUrl,
      log,
      boot: { printOutbox: (text) => printed.push(text) },
    });
    const origin = server.origin;
    const write = { Origin: origin, "X-Candor-CSRF": "1", "Content-Type": "application/json" };
    const email = "BR.Customer@example.com";
    const asked = await fetch(`${origin}/api/auth/magic-links`, {
      method: "POST",
      headers: write,
      body: JSON.stringify({ email, redirectTo: "/preferences" }),
    });
    const outbox = await fetch(`${origin}/api/dev/outbox`);
    const { messages } = (await outbox.json()) as { messages: { link: string }[] };
    const link = messages[0]!.link;
    const token = link.split("#token=")[1]!;
    const signedIn = await fetch(`${origin}/api/auth/sessions`, {
      method: "POST",
      headers: write,
      body: JSON.stringify({ token }),
    });
    const cookie = signedIn.headers.getSetCookie()[0]!.split(";")[0]!;
    const sessionToken = cookie.slice(cookie.indexOf("=") + 1);
    const read = await fetch(`${origin}/api/session`, { headers: { Cookie: cookie } });
    const signedOut = await fetch(`${origin}/api/session`, {
      method: "DELETE",
      headers: { ...write, Cookie: cookie },
    });
    const responses = [asked, outbox, signedIn, read, signedOut];
    expect(responses.map((response) => response.status)).toEqual([202, 200, 201, 200, 204]);
    expect(((await read.json()) as { session: unknown }).session).not.toBeNull();

    // Every line is one JSON object, and each request has exactly one, in order, by route pattern.
    const records = requestLines(lines);
    expect(lines.every((line) => !line.includes("\n"))).toBe(true);
    expect(records.map(({ method, route, status }) => `${method} ${route} ${status}`)).toEqual([
      "POST /api/auth/magic-links 202",
      "GET /api/dev/outbox 200",
      "POST /api/auth/sessions 201",
      "GET /api/session 200",
      "DELETE /api/session 204",
    ]);
    expect(records.map((record) => record.requestId)).toEqual(
      responses.map((response) => response.headers.get("x-request-id")),
    );
    expect(records.every((record) => record.durationMs >= 0)).toBe(true);

    const secrets = {
      email,
      "email lower-cased": email.toLowerCase(),
      "email URL-encoded": encodeURIComponent(email.toLowerCase()),
      "sign-in link": link,
      "sign-in token": token,
      "stored token hash": hashToken(token),
      "session cookie": cookie,
      "session id": sessionToken,
      "stored session id hash": hashToken(sessionToken),
    };
    const logged = lines.join("\n");
    const leaked = Object.entries(secrets).filter(([, secret]) => logged.includes(secret));
    expect(leaked.map(([what]) => what)).toEqual([]);
    // The dev outbox still shows the link to the person at the terminal: that print is not the log.
    expect(printed.join("\n")).toContain(link);
  });

  it("writes a path with an encoded line break and NUL as one well-formed line, by route pattern", async () => {
    const { lines, log } = capturingLogger();
    server = await startTestServer({ clock: testClock(), databaseUrl, log });
    const before = lines.length;
    const response = await fetch(`${server.origin}/api/x%0Aforged%00`);
    expect(response.status).toBe(404);
    expect(lines.slice(before)).toHaveLength(1);
    const line = lines.at(-1)!;
    for (const character of ["\n", "\r", "\u0000"]) expect(line).not.toContain(character);
    expect(line).not.toContain("forged");
    expect(JSON.parse(line)).toMatchObject({
      event: "request",
      method: "GET",
      route: "/api/*",
      status: 404,
      requestId: response.headers.get("x-request-id"),
    });
  });
});

describe("the dev outbox's terminal print", () => {
  it("never happens in production, even if a server were started there without SMTP", async () => {
    const printed: string[] = [];
    server = await startTestServer({
      clock: testClock(),
      settings: { production: true, publicUrl: "https://privacy.example.com" },
      boot: { printOutbox: (text) => printed.push(text) },
    });
    const response = await fetch(`${server.origin}/api/auth/magic-links`, {
      method: "POST",
      headers: { Origin: "https://privacy.example.com", "X-Candor-CSRF": "1", "Content-Type": "application/json" },
      body: JSON.stringify({ email: customers.br }),
    });
    expect(response.status).toBe(202);
    expect(printed).toEqual([]);
  });
});
