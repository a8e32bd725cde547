import { Agent, get, type IncomingMessage } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { keepAliveTimeoutMs } from "../boot.ts";
import { testClock } from "../test-support/clock.ts";
import { startTestServer, type TestServer } from "../test-support/test-server.ts";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function getOn(agent: Agent, url: string): Promise<{ response: IncomingMessage; localPort: number }> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (response) => {
      const localPort = response.socket.localPort ?? 0;
      response.resume().once("end", () => resolve({ response, localPort }));
    }).once("error", reject);
  });
}

describe("connections a proxy keeps open", () => {
  it("are kept open longer than a load balancer's 60 s idle timeout, and say so", async () => {
    expect(keepAliveTimeoutMs).toBeGreaterThan(60_000);
    server = await startTestServer({ clock: testClock() });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await getOn(agent, `${server.origin}/healthz`);
      const second = await getOn(agent, `${server.origin}/healthz`);
      expect(first.response.statusCode).toBe(200);
      expect(first.response.headers.connection).toBe("keep-alive");
      expect(first.response.headers["keep-alive"]).toBe(`timeout=${keepAliveTimeoutMs / 1000}`);
      expect(second.localPort).toBe(first.localPort);
    } finally {
      agent.destroy();
    }
  });
});
