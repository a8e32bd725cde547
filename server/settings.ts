import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project root, so paths work whatever the working directory is. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface Settings {
  production: boolean;
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  smtpUrl: string | null;
  mailFrom: string | null;
  publicUrl: string | null;
  configPath: string;
  seed: boolean;
  /** GET /api/dev/outbox (and the check-inbox page's demo inbox): anyone who can reach it can sign in as anyone. */
  devOutbox: boolean;
  /** Only behind a reverse proxy that sets X-Forwarded-For; otherwise a client could pick its own IP. */
  trustProxy: boolean;
  /** false: the API alone, for an operator who hosts the built SPA elsewhere (no build at start). */
  serveApp: boolean;
}

export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupError";
  }
}

const truthy = (value: string | undefined) => value !== undefined && /^(1|true|yes|on)$/i.test(value);
const falsy = (value: string | undefined) => value !== undefined && /^(0|false|no|off)$/i.test(value);

/** Reachable from this machine only; anything else (0.0.0.0, a LAN address) is reachable by others. */
export const isLoopbackHost = (host: string) =>
  host === "localhost" || host === "::1" || host === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const production = env.NODE_ENV === "production";
  // Loopback only by default: in development the outbox hands out sign-in links to whoever can reach it.
  const host = env.HOST ?? "127.0.0.1";
  const settings: Settings = {
    production,
    port: Number(env.PORT ?? 3000),
    host,
    dataDir: path.resolve(env.DATA_DIR ?? "./.data"),
    databaseUrl: env.DATABASE_URL || null,
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || null,
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, "") : null,
    configPath: path.resolve(env.CONFIG_PATH ?? path.join(projectRoot, "public", "privacy-center.config.json")),
    // Demo customers are for trying it out; a production database starts empty unless asked.
    seed: env.SEED === undefined ? !production : !falsy(env.SEED),
    devOutbox: env.DEV_OUTBOX === undefined ? !production && isLoopbackHost(host) : truthy(env.DEV_OUTBOX),
    trustProxy: truthy(env.TRUST_PROXY),
    serveApp: !falsy(env.SERVE_APP),
  };
  assertStartable(settings);
  return settings;
}

/** Refuses a production start that would silently lose mail or mint links from a spoofable Host header. */
export function assertStartable(settings: Settings): void {
  if (!Number.isInteger(settings.port) || settings.port < 0 || settings.port > 65535)
    throw new StartupError(`PORT must be a port number, got "${settings.port}".`);
  if (settings.publicUrl && !/^https?:\/\/[^/]+$/.test(settings.publicUrl))
    throw new StartupError(
      `PUBLIC_URL must be an origin like https://privacy.example.com, got "${settings.publicUrl}".`,
    );
  if (settings.production && settings.devOutbox)
    throw new StartupError("Candor cannot start with NODE_ENV=production and DEV_OUTBOX on: unset DEV_OUTBOX.");
  if (!settings.smtpUrl && !settings.devOutbox && !settings.production && !isLoopbackHost(settings.host))
    throw new StartupError(
      `Candor listens on HOST=${settings.host}, which others can reach, and has no SMTP_URL to email sign-in links: ` +
        "set SMTP_URL (e.g. smtps://user:pass@smtp.example.com), or HOST=127.0.0.1, " +
        "or DEV_OUTBOX=on to let anyone who can reach this server read every sign-in link (a demo on a trusted network).",
    );
  if (!settings.production) return;
  const missing = [
    settings.smtpUrl ? null : "SMTP_URL (e.g. smtps://user:pass@smtp.example.com) so sign-in links can be emailed",
    settings.publicUrl ? null : "PUBLIC_URL (e.g. https://privacy.example.com) so links point at your site",
  ].filter((item) => item !== null);
  if (missing.length > 0)
    throw new StartupError(`Candor cannot start with NODE_ENV=production: set ${missing.join(" and ")}.`);
}
