import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSettings, StartupError, projectRoot } from "../settings.ts";
import { createTestApp } from "../test-support/test-app.ts";

describe("production mode", () => {
  it("refuses to start without SMTP_URL, in one clear line", () => {
    let error: unknown;
    try {
      readSettings({ NODE_ENV: "production", PUBLIC_URL: "https://privacy.example.com" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/SMTP_URL/);
    expect((error as Error).message).not.toContain("\n");
  });

  it("needs PUBLIC_URL too, so links never come from a spoofable Host header", () => {
    expect(() => readSettings({ NODE_ENV: "production", SMTP_URL: "smtp://localhost:2525" })).toThrow(/PUBLIC_URL/);
    expect(
      readSettings({
        NODE_ENV: "production",
        SMTP_URL: "smtp://localhost:2525",
        PUBLIC_URL: "https://privacy.example.com/",
      }).publicUrl,
    ).toBe("https://privacy.example.com");
  });

  it("stops `npm start` before doing anything else", () => {
    const env = {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      PORT: "0",
      DATA_DIR: path.join(projectRoot, ".data", "never"),
    };
    const result = spawnSync(process.execPath, [path.join(projectRoot, "server", "start.ts")], {
      env,
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^Candor cannot start with NODE_ENV=production: set SMTP_URL/);
    expect(result.stdout).toBe("");
  });

  it("has no dev outbox", async () => {
    const settings = readSettings({
      NODE_ENV: "production",
      SMTP_URL: "smtp://localhost:2525",
      PUBLIC_URL: "http://localhost",
    });
    const t = await createTestApp({ production: true, publicUrl: settings.publicUrl, devOutbox: settings.devOutbox });
    const response = await t.app.request("/api/dev/outbox");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
    await t.close();
  });
});
