import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { errorBodySchema } from "../../src/api/contract/errors.ts";
import { customers } from "../contract/helpers.ts";
import { testClock } from "../test-support/clock.ts";
import { rawRequest } from "../test-support/raw-request.ts";
import { createTestApp, sameOrigin } from "../test-support/test-app.ts";
import { startTestServer, type TestServer } from "../test-support/test-server.ts";
import { databases } from "../test-support/databases.ts";

describe.each(databases)("pinned hosts on $name", ({ databaseUrl }) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ clock: testClock(), databaseUrl });
  });
  afterEach(() => server.close());

  it("refuses any Host but the loopback names with its port, with a 421 naming Host", async () => {
    for (const host of ["rebound.example", `rebound.example:${server.port}`, "localhost:1", "127.0.0.2"]) {
      const answer = await rawRequest(server.origin, "/api/session", { host });
      expect({ host, status: answer.status }).toEqual({ host, status: 421 });
      const body = errorBodySchema.parse(JSON.parse(answer.body));
      expect(body.error).toMatchObject({ code: "validation", fields: [{ path: "Host" }] });
    }
    for (const host of [`localhost:${server.port}`, `127.0.0.1:${server.port}`, `[::1]:${server.port}`]) {
      const answer = await rawRequest(server.origin, "/api/session", { host });
      expect({ host, status: answer.status }).toEqual({ host, status: 200 });
    }
  });

  it("gives a page on a rebound name neither a sign-in link nor the outbox", async () => {
    const rebound = `rebound.example:${server.port}`;
    const ask = await rawRequest(server.origin, "/api/auth/magic-links", {
      host: rebound,
      method: "POST",
      headers: { ...sameOrigin, Origin: `http://${rebound}` },
      body: JSON.stringify({ email: customers.br }),
    });
    expect(ask.status).toBe(421);
    const outbox = await rawRequest(server.origin, "/api/dev/outbox", { host: rebound });
    expect(outbox.status).toBe(421);
    expect(outbox.body).not.toContain("auth/confirm");
    const own = await rawRequest(server.origin, "/api/dev/outbox", { host: `127.0.0.1:${server.port}` });
    expect(JSON.parse(own.body)).toEqual({ messages: [] });
  });
});

describe("same-origin check", () => {
  it("compares Origin with PUBLIC_URL, never with what Host says", async () => {
    const t = await createTestApp({ publicUrl: "https://privacy.example.com" });
    // A Host the guard lets through (a proxy on this machine), and an Origin made to match it.
    const send = (origin: string) =>
      t.app.request("http://127.0.0.1/api/auth/magic-links", {
        method: "POST",
        headers: { ...sameOrigin, Host: "127.0.0.1", Origin: origin },
        body: JSON.stringify({ email: customers.br }),
      });
    expect((await send("http://127.0.0.1")).status).toBe(403);
    expect((await send("https://127.0.0.1")).status).toBe(403);
    expect((await send("https://privacy.example.com")).status).toBe(202);
    await t.close();
  });

  it("accepts only the loopback origins of its own port in development", async () => {
    const server = await startTestServer({ clock: testClock() });
    const send = (origin: string) =>
      fetch(`${server.origin}/api/auth/magic-links`, {
        method: "POST",
        headers: { ...sameOrigin, Origin: origin },
        body: JSON.stringify({ email: customers.br }),
      });
    expect((await send(`http://localhost:${server.port}`)).status).toBe(202);
    expect((await send(`http://[::1]:${server.port}`)).status).toBe(202);
    expect((await send(`http://localhost:${server.port + 1}`)).status).toBe(403);
    expect((await send(`https://127.0.0.1:${server.port}`)).status).toBe(403);
    await server.close();
  });

  it("works behind Vite's proxy in `npm run dev`: PUBLIC_URL is Vite's origin, Host is the API's", async () => {
    const server = await startTestServer({ clock: testClock(), settings: { publicUrl: "http://localhost:5173" } });
    const send = (host: string, origin: string) =>
      rawRequest(server.origin, "/api/auth/magic-links", {
        host,
        method: "POST",
        headers: { ...sameOrigin, Origin: origin },
        body: JSON.stringify({ email: customers.br }),
      });
    expect((await send(`127.0.0.1:${server.port}`, "http://localhost:5173")).status).toBe(202);
    expect((await send("localhost:5173", "http://localhost:5173")).status).toBe(202);
    expect((await send(`127.0.0.1:${server.port}`, `http://127.0.0.1:${server.port}`)).status).toBe(403);
    await server.close();
  });
});
