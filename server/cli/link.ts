import { parseArgs } from "node:util";
import { z } from "zod";
import { channelIdSchema, idSchema } from "../../src/api/contract/common.ts";
import { devFooterLinkSchema } from "../../src/api/contract/footer-links.ts";
import { RuleError } from "../../src/api/rules/rule-error.ts";
import { loadOperatorConfig } from "../config.ts";
import { openDatabase } from "../db/open.ts";
import { linkSigningSecrets } from "../links/signing-keys.ts";
import { mintLinksFor, type MintRequest } from "../links/mint.ts";
import { readSettings, StartupError, type Settings } from "../settings.ts";
import { parseDuration } from "../links/duration.ts";

const usage =
  "Usage: npm run link -- --email <address> [--topic <id>] [--channel <id>] [--expires <duration, e.g. 90d, 12h>]";

class UsageError extends Error {}

function readRequest(argv: string[]): { email: string; request: MintRequest } {
  const { values } = parseArgs({
    args: argv,
    options: {
      email: { type: "string" },
      topic: { type: "string" },
      channel: { type: "string" },
      expires: { type: "string" },
    },
    strict: true,
  });
  const email = z.email().safeParse(values.email);
  if (!email.success) throw new UsageError(`--email needs an email address.\n${usage}`);
  const request: MintRequest = {};
  if (values.topic !== undefined) request.topicId = idSchema.parse(values.topic);
  if (values.channel !== undefined) {
    const channel = channelIdSchema.safeParse(values.channel);
    if (!channel.success) throw new UsageError(`--channel must be one of ${channelIdSchema.options.join(", ")}.`);
    request.channelId = channel.data;
  }
  if (values.expires !== undefined) {
    const seconds = parseDuration(values.expires);
    if (seconds === null) throw new UsageError(`--expires takes a duration like 90d, 12h, 30m or 3600 (seconds).`);
    request.expiresInSeconds = seconds;
  }
  return { email: email.data, request };
}

const originOf = (settings: Settings) => settings.publicUrl ?? `http://localhost:${settings.port}`;

/**
 * SQLite lets one process hold the file: while the development server runs, ask it instead (its dev control signs
 * with the same key). In production, mint through the operator API, or stop the server first.
 */
async function mintThroughRunningServer(settings: Settings, email: string, request: MintRequest) {
  const origin = originOf(settings);
  const response = await fetch(`${origin}/api/dev/footer-links`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: origin, "X-Candor-CSRF": "1" },
    body: JSON.stringify({ email, ...request }),
  }).catch(() => null);
  if (!response) throw new StartupError(`The database is in use and no server answers at ${origin}; set PUBLIC_URL.`);
  const body = (await response.json()) as { error?: { message: string } };
  if (!response.ok)
    throw new StartupError(body.error?.message ?? `The server at ${origin} answered ${response.status}.`);
  const { token: _token, ...links } = devFooterLinkSchema.parse(body);
  return links;
}

async function mint(settings: Settings, email: string, request: MintRequest) {
  const { config } = await loadOperatorConfig(settings.configPath);
  let database;
  try {
    database = await openDatabase({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
  } catch (error) {
    const busy = error instanceof StartupError && /in use by another Candor process/.test(error.message);
    if (busy && !settings.production) return mintThroughRunningServer(settings, email, request);
    if (busy)
      throw new StartupError(
        `${error.message} To mint links while it runs, use the operator API (POST /api/operator/links).`,
      );
    throw error;
  }
  try {
    const [secret] = await linkSigningSecrets(settings);
    const minted = await mintLinksFor(
      { db: database.db, config, secret: secret!, origin: originOf(settings), now: new Date() },
      { email },
      request,
    );
    if (!minted) throw new StartupError(`No customer has the address ${email}.`);
    const { subjectId: _id, email: _email, ...links } = minted;
    return links;
  } finally {
    await database.close();
  }
}

/** `npm run link`: the footer links for one person, as JSON for an integrator's templates or a newcomer's browser. */
async function main(): Promise<void> {
  const { email, request } = readRequest(process.argv.slice(2));
  const links = await mint(readSettings(), email, request);
  console.log(JSON.stringify(links, null, 2));
}

main().catch((error: unknown) => {
  if (error instanceof RuleError)
    console.error(error.fields?.map((field) => `--${field.path}: ${field.message}`).join("\n") ?? error.message);
  else if (error instanceof StartupError || error instanceof UsageError) console.error(error.message);
  else if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))
    console.error(`${error.message}\n${usage}`);
  else console.error(error);
  process.exit(1);
});
