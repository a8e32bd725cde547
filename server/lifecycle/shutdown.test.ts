import { request } from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Preferences } from "../../src/api/contract/preferences.ts";
import { createHttpApi } from "../../src/api/http/create-http-api.ts";
import { customers, signIn } from "../contract/helpers.ts";
import { startChildServer, type ChildServer } from "../test-support/child-server.ts";
import { browserFetch } from "../test-support/cookie-jar.ts";

/**
 * A request whose body waits for the test: with Expect: 100-continue the server's "continue" says it has the
 * request and its handler is reading the body, so the request is in flight for certain when the signal goes.
 */
function slowRequest(url: string, method: string, headers: Record<string, string>, body: string) {
  const outgoing = request(url, {
    method,
    headers: { ...headers, Expect: "100-continue", "Content-Length": String(Buffer.byteLength(body)) },
  });
  const continued = new Promise<void>((resolve) => outgoing.once("continue", () => resolve()));
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    outgoing.once("error", reject);
    outgoing.once("response", (incoming) => {
      let text = "";
      incoming.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      incoming.once("end", () => resolve({ status: incoming.statusCode ?? 0, body: text }));
    });
  });
  outgoing.flushHeaders();
  return { continued, response, sendBody: () => outgoing.end(body) };
}

function lastLine(server: ChildServer, event: string): Record<string, unknown> {
  const line = server
    .output()
    .split("\n")
    .findLast((candidate) => candidate.includes(`"event":"${event}"`));
  if (!line) throw new Error(`No ${event} line in:\n${server.output()}`);
  return JSON.parse(line) as Record<string, unknown>;
}

const running: ChildServer[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) {
    server.signal("SIGKILL");
    await server.exited;
  }
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function start(dataDir: string): Promise<ChildServer> {
  const server = await startChildServer({ DATA_DIR: dataDir });
  running.push(server);
  return server;
}

describe("stopping on SIGTERM", () => {
  it("stops accepting, finishes the write in flight, closes the database: the write is there after a restart", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "candor-shutdown-"));
    folders.push(dataDir);
    const first = await start(dataDir);
    // SERVE_APP=false: the API alone, so no SPA build at start and nothing at /.
    expect(first.output()).not.toContain("Building the app");
    expect((await fetch(`${first.origin}/`)).status).toBe(404);
    let cookie = "";
    const api = createHttpApi({
      baseUrl: first.origin,
      fetch: browserFetch(first.origin, (input, init) => {
        cookie = new Headers(init?.headers).get("cookie") ?? cookie;
        return fetch(input, init);
      }),
    });
    await signIn(api, customers.br);
    const before = await api.getPreferences();
    const on = before.channels.post === false;

    const write = slowRequest(
      `${first.origin}/api/preferences`,
      "PATCH",
      { Origin: first.origin, "X-Candor-CSRF": "1", "Content-Type": "application/json", Cookie: cookie },
      JSON.stringify({ baseVersion: before.version, changes: [{ kind: "channel", channelId: "post", on }] }),
    );
    await write.continued;
    first.signal("SIGTERM");
    await first.waitFor(/"event":"shutting_down","inFlight":1/);
    await expect(fetch(`${first.origin}/healthz`)).rejects.toThrow("fetch failed");
    write.sendBody();
    const answer = await write.response;
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.body) as Preferences).version).toBe(before.version + 1);
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(lastLine(first, "stopped")).toMatchObject({ requestsCut: 0 });

    // The same folder opens again (the database was closed, its lock released) and holds the write and the session.
    const second = await start(dataDir);
    const after = await fetch(`${second.origin}/api/preferences`, { headers: { Cookie: cookie } });
    expect(after.status).toBe(200);
    const preferences = (await after.json()) as Preferences;
    expect(preferences.version).toBe(before.version + 1);
    expect(preferences.channels.post).toBe(on);
  }, 120_000);

  it("cuts a request that outlasts the grace period, and still exits cleanly", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "candor-shutdown-"));
    folders.push(dataDir);
    const server = await start(dataDir);
    const stuck = slowRequest(
      `${server.origin}/api/auth/magic-links`,
      "POST",
      { Origin: server.origin, "X-Candor-CSRF": "1", "Content-Type": "application/json" },
      JSON.stringify({ email: customers.br }),
    );
    const outcome = stuck.response.then(
      () => "answered",
      () => "cut",
    );
    await stuck.continued;
    server.signal("SIGTERM");
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(await outcome).toBe("cut");
    const stopped = lastLine(server, "stopped");
    expect(stopped).toMatchObject({ requestsCut: 1 });
    expect(stopped.drainMs).toBeGreaterThanOrEqual(10_000 - 50);
  }, 120_000);
});
