import { magicLinksPerAddress, magicLinkTtlMs } from "../src/api/rules/sign-in-limits.ts";
import { idempotencyKeepMs } from "../src/api/rules/idempotency.ts";
import { writeLimits, type WriteBucket } from "../src/api/rules/write-limits.ts";
import type { OperatorConfig } from "../src/api/contract/operator-config.ts";
import type { Limit } from "./auth/rate-limit.ts";
import { defaultLoadShedding, type LoadShedding } from "./http/load-shedding.ts";
import type { Db, DialectName } from "./db/schema.ts";
import type { Mailer } from "./mail/mailer.ts";

export interface Limits {
  magicLinkTtlMs: number;
  magicLinkPerAddress: Limit;
  magicLinkPerIp: Limit;
  idempotencyTtlMs: number;
  /** Per subject, shared with the mock (src/api/rules/write-limits.ts); the bench lifts them. */
  subjectWrites: Record<WriteBucket, Limit>;
  /** Requests in progress and waiting, server-wide (server/http/load-shedding.ts). */
  load: LoadShedding;
}

export const defaultLimits: Limits = {
  magicLinkTtlMs,
  magicLinkPerAddress: magicLinksPerAddress,
  // Roomy enough for a shared office or carrier NAT, tight enough to stop address probing at scale.
  magicLinkPerIp: { max: 30, windowMs: 15 * 60_000 },
  idempotencyTtlMs: idempotencyKeepMs,
  subjectWrites: writeLimits,
  load: defaultLoadShedding,
};

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  error: (message, error) => console.error(message, ...(error === undefined ? [] : [error])),
};

export const silentLogger: Logger = { info: () => {}, error: () => {} };

/** Everything the app needs from outside, so tests can hand in a clock, a database and a mailer. */
export interface AppDeps {
  db: Db;
  dialect: DialectName;
  config: OperatorConfig;
  /** The config file as written, served at /privacy-center.config.json; defaults to the parsed config. */
  configRaw?: string;
  mailer: Mailer;
  now: () => Date;
  production: boolean;
  /** The origin links and same-origin checks use; the loopback names when null (not in production). */
  publicUrl: string | null;
  /** The port the socket listens on, once it does; null without a socket (app.request in tests). */
  listeningPort: () => number | null;
  /** GET /api/dev/outbox exists: on loopback, or turned on with DEV_OUTBOX; never in production. */
  devOutbox: boolean;
  trustProxy: boolean;
  /** The built SPA (dist/); null serves the API only (dev, tests). */
  staticRoot: string | null;
  limits: Limits;
  log: Logger;
  /** Footer-link keys: the first signs, all verify. */
  linkSecrets: readonly string[];
}

export interface AppEnv {
  Variables: {
    requestId: string;
    deps: AppDeps;
    /** An API answer as the route wrote it, so compression need not read it back from the response. */
    answerText?: string;
  };
}
