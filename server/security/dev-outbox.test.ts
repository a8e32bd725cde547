import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, readSettings, StartupError, type Settings } from "../settings.ts";
import { testClock } from "../test-support/clock.ts";
import { startTestServer } from "../test-support/test-server.ts";

/** GET /api/dev/outbox on a real server started from these environment variables. */
async function outboxStatus(env: NodeJS.ProcessEnv): Promise<number> {
  const { host, devOutbox, smtpUrl }: Settings = readSettings(env);
  const server = await startTestServer({ clock: testClock(), settings: { host, devOutbox, smtpUrl } });
  try {
    return (await fetch(`${server.origin}/api/dev/outbox`)).status;
  } finally {
    await server.close();
  }
}

/** POST /api/dev/history (the control that lengthens a history) on a server started from these variables. */
async function historyControlStatus(env: NodeJS.ProcessEnv): Promise<number> {
  const { host, devOutbox, smtpUrl }: Settings = readSettings(env);
  const server = await startTestServer({ clock: testClock(), settings: { host, devOutbox, smtpUrl } });
  try {
    const response = await fetch(`${server.origin}/api/dev/history`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: server.origin, "X-Candor-CSRF": "1" },
      body: JSON.stringify({ email: "br.customer@example.com", count: 1 }),
    });
    return response.status;
  } finally {
    await server.close();
  }
}

function startupError(env: NodeJS.ProcessEnv): string {
  let refusal: unknown = null;
  try {
    readSettings(env);
  } catch (error) {
    refusal = error;
  }
  expect(refusal).toBeInstanceOf(StartupError);
  return (refusal as StartupError).message;
}

describe("the development outbox", () => {
  it("is there when the server listens on loopback", async () => {
    expect(await outboxStatus({})).toBe(200);
    expect(await outboxStatus({ HOST: "localhost" })).toBe(200);
  });

  it("is not there when the server listens beyond this machine", async () => {
    expect(await outboxStatus({ HOST: "0.0.0.0", SMTP_URL: "smtp://localhost:2525" })).toBe(404);
  });

  it("is there beyond loopback only when DEV_OUTBOX turns it on", async () => {
    expect(await outboxStatus({ HOST: "0.0.0.0", DEV_OUTBOX: "on" })).toBe(200);
  });

  it("can be turned off on loopback too", async () => {
    expect(await outboxStatus({ DEV_OUTBOX: "off" })).toBe(404);
  });

  it("takes the control that lengthens a customer's history with it", async () => {
    expect(await historyControlStatus({})).toBe(204);
    expect(await historyControlStatus({ DEV_OUTBOX: "off" })).toBe(404);
  });

  it("cannot be turned on in production", () => {
    expect(
      startupError({
        NODE_ENV: "production",
        SMTP_URL: "smtp://localhost:2525",
        PUBLIC_URL: "https://privacy.example.com",
        DEV_OUTBOX: "on",
      }),
    ).toMatch(/DEV_OUTBOX/);
  });

  it("refuses a non-loopback HOST without SMTP_URL, saying what to set", () => {
    const message = startupError({ HOST: "0.0.0.0" });
    for (const setting of ["SMTP_URL", "HOST=127.0.0.1", "DEV_OUTBOX=on"]) expect(message).toContain(setting);
    expect(message).not.toContain("\n");
  });

  it("stops `npm start` on a non-loopback HOST without SMTP_URL before it listens", () => {
    const result = spawnSync(process.execPath, [path.join(projectRoot, "server", "start.ts")], {
      env: { PATH: process.env.PATH, HOST: "0.0.0.0", PORT: "0", DATA_DIR: path.join(projectRoot, ".data", "never") },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Candor listens on HOST=0\.0\.0\.0.*set SMTP_URL/);
    expect(result.stdout).toBe("");
    // Starting Node takes seconds on a busy machine; spawnSync's own timeout is what bounds it.
  }, 30_000);
});
