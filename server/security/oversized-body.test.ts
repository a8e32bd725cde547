import net from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testClock } from "../test-support/clock.ts";
import { startTestServer, type TestServer } from "../test-support/test-server.ts";
import { databases } from "../test-support/databases.ts";

interface Exchange {
  /** Every byte the server sent until the connection closed. */
  received: string;
  /** How the connection ended: "end" for a clean close, else the socket error's code. */
  ending: string;
}

/** Writes raw bytes on one connection and collects everything until it closes; we close it once `done` says so. */
function exchange(port: number, chunks: string[], done: (received: string) => boolean = () => false) {
  return new Promise<Exchange>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    let ending = "end";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      received += chunk;
      if (done(received)) socket.end();
    });
    socket.on("error", (error: NodeJS.ErrnoException) => (ending = error.code ?? error.message));
    socket.on("close", () => resolve({ received, ending }));
    for (const chunk of chunks) socket.write(chunk);
  });
}

// A response starts right after the previous body, not on a line of its own.
const statusLines = (received: string) => received.match(/HTTP\/1\.1 \d{3}/g) ?? [];
const headerOf = (received: string, name: string) =>
  new RegExp(`^${name}: (.*)\r$`, "im").exec(received.split("\r\n\r\n")[0]!)?.[1];

describe.each(databases)("a body over the limit on $name", ({ databaseUrl }) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ clock: testClock(), databaseUrl });
  });
  afterEach(() => server.close());

  const post = (length: number) =>
    `POST /api/requests HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${length}\r\n\r\n`;

  it("is answered 413, and the same connection then serves the next request", async () => {
    const body = JSON.stringify({ type: "access", details: "x".repeat(200_000) });
    const next = `GET /api/session HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`;
    const { received, ending } = await exchange(server.port, [post(Buffer.byteLength(body)), body, next], (sofar) =>
      sofar.includes('{"session":null}'),
    );
    expect(statusLines(received)).toEqual(["HTTP/1.1 413", "HTTP/1.1 200"]);
    expect(headerOf(received, "connection")).toBe("keep-alive");
    expect(received).toContain('{"session":null}');
    expect(ending).toBe("end");
  });

  it("says Connection: close when the body is too big to read through, and closes cleanly", async () => {
    // Only the headers: the server must answer and close without waiting for 50 MiB it will not read.
    const { received, ending } = await exchange(server.port, [post(50 * 1024 * 1024)]);
    expect(statusLines(received)).toEqual(["HTTP/1.1 413"]);
    expect(headerOf(received, "connection")).toBe("close");
    expect(received).toContain('"code":"validation"');
    expect(ending).toBe("end");
  });
});
