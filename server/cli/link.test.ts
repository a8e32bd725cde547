import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { footerLinksSchema } from "../../src/api/contract/footer-links.ts";
import { verifyFooterToken } from "../../src/api/rules/footer-token.ts";
import { startServer } from "../boot.ts";
import { openDatabase } from "../db/open.ts";
import { seedDemoCustomers } from "../db/seed.ts";
import { silentLogger } from "../deps.ts";
import { devKeyFile } from "../links/signing-keys.ts";
import { projectRoot, readSettings } from "../settings.ts";

const run = promisify(execFile);
const cli = path.join(projectRoot, "server", "cli", "link.ts");
const tokenOf = (url: string) => url.split("/").at(-1)!;

describe("npm run link", () => {
  let dataDir: string;
  const env = (extra: Record<string, string> = {}) => ({
    PATH: process.env.PATH,
    DATA_DIR: dataDir,
    DATABASE_URL: "",
    PUBLIC_URL: "https://privacy.example.com",
    ...extra,
  });
  const link = (args: string[], extra?: Record<string, string>) =>
    run(process.execPath, [cli, ...args], { env: env(extra), encoding: "utf8", timeout: 30_000 });

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "candor-cli-"));
    const database = await openDatabase({ dataDir });
    await seedDemoCustomers(database.db, new Date());
    await database.close();
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it("prints the two links and the RFC 8058 headers, signed with the server's key", async () => {
    const key = "cli-test-signing-key-of-32-characters";
    const { stdout } = await link(
      ["--email", "BR.customer@example.com", "--topic", "offers", "--channel", "sms", "--expires", "90d"],
      { LINK_SIGNING_SECRET: key },
    );
    const links = footerLinksSchema.parse(JSON.parse(stdout));
    expect(links.preferencesUrl).toMatch(/^https:\/\/privacy\.example\.com\/p\/[\w-]+$/);
    expect(links.unsubscribeUrl).toMatch(/^https:\/\/privacy\.example\.com\/u\/[\w-]+$/);
    expect(links.listUnsubscribeHeaders).toEqual({
      "List-Unsubscribe": `<${links.unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    const check = await verifyFooterToken(tokenOf(links.unsubscribeUrl), [key], new Date());
    expect(check).toMatchObject({ ok: true, claims: { subjectId: "subj-br", topicId: "offers", channelId: "sms" } });
    const expiresAt = check.ok ? check.claims.expiresAt!.getTime() : 0;
    const days = (expiresAt - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThan(90.001);
  });

  it("signs with the development key in DATA_DIR when LINK_SIGNING_SECRET is unset", async () => {
    const { stdout } = await link(["--email", "ca.customer@example.com"]);
    const key = (await readFile(path.join(dataDir, devKeyFile), "utf8")).trim();
    const token = tokenOf(JSON.parse(stdout).preferencesUrl);
    expect(await verifyFooterToken(token, [key], new Date())).toEqual({ ok: true, claims: { subjectId: "subj-ca" } });
  });

  it("says plainly what is wrong, on stderr, with exit code 1", async () => {
    for (const [args, message] of [
      [["--email", "nobody@example.com"], /No customer has the address nobody@example.com/],
      [["--email", "br.customer@example.com", "--topic", "account_notices"], /--topic: .*service messages/],
      [["--email", "br.customer@example.com", "--topic", "newsletter", "--channel", "sms"], /not sent by sms/],
      [["--email", "br.customer@example.com", "--expires", "soon"], /--expires takes a duration/],
      [["--topic", "offers"], /--email needs an email address/],
    ] as const) {
      const failure = await link([...args]).then(
        () => null,
        (error: { code: number; stderr: string; stdout: string }) => error,
      );
      expect({ args, code: failure?.code }).toEqual({ args, code: 1 });
      expect(failure!.stderr).toMatch(message);
      expect(failure!.stdout).toBe("");
    }
  }, 60_000);

  it("asks the running development server when it holds the SQLite file", async () => {
    const server = await startServer({
      settings: { ...readSettings({}), port: 0, host: "127.0.0.1", dataDir, databaseUrl: null },
      staticRoot: null,
      log: silentLogger,
    });
    try {
      const origin = `http://127.0.0.1:${server.port}`;
      const { stdout } = await link(["--email", "br.customer@example.com", "--topic", "newsletter"], {
        PUBLIC_URL: origin,
      });
      const links = footerLinksSchema.parse(JSON.parse(stdout));
      expect(links.preferencesUrl.startsWith(`${origin}/p/`)).toBe(true);
      const page = await fetch(links.unsubscribeUrl);
      expect(page.status).toBe(200);
    } finally {
      await server.close();
    }
  }, 60_000);
});
