import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readSettings, StartupError } from "../settings.ts";
import { devKeyFile, linkSigningSecrets } from "./signing-keys.ts";

const production = { NODE_ENV: "production", SMTP_URL: "smtp://localhost:2525", PUBLIC_URL: "https://p.example.com" };

describe("footer-link signing keys", () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "candor-keys-"));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it("refuses a production start without LINK_SIGNING_SECRET, naming it", () => {
    expect(() => readSettings(production)).toThrow(StartupError);
    expect(() => readSettings(production)).toThrow(/LINK_SIGNING_SECRET/);
  });

  it("refuses a key short enough to guess, and takes a rotation list newest first", () => {
    expect(() => readSettings({ ...production, LINK_SIGNING_SECRET: "short" })).toThrow(/at least 32/);
    const keys = ["n".repeat(32), "o".repeat(40)];
    expect(readSettings({ ...production, LINK_SIGNING_SECRET: keys.join(",") }).linkSigningSecrets).toEqual(keys);
  });

  it("in development makes one key in DATA_DIR, readable by its owner only, and keeps it", async () => {
    const [first] = await linkSigningSecrets({ linkSigningSecrets: null, dataDir });
    expect(first!.length).toBeGreaterThanOrEqual(32);
    expect((await stat(path.join(dataDir, devKeyFile))).mode & 0o777).toBe(0o600);
    expect(await linkSigningSecrets({ linkSigningSecrets: null, dataDir })).toEqual([first]);
  });

  it("uses LINK_SIGNING_SECRET over the generated key when set", async () => {
    const keys = ["k".repeat(32)];
    expect(await linkSigningSecrets({ linkSigningSecrets: keys, dataDir })).toEqual(keys);
  });
});
