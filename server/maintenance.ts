import { sessionLifetimes } from "../src/api/rules/sessions.ts";
import type { Db } from "./db/schema.ts";
import type { Limits } from "./deps.ts";

const dayMs = 86_400_000;

/** Deletes what can no longer matter: spent or expired links, dead sessions, old counters and idempotency keys. */
export async function sweep(db: Db, now: Date, limits: Limits): Promise<void> {
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
  await db.deleteFrom("magic_links").where("expires_at", "<", ago(dayMs)).execute();
  await db.deleteFrom("sessions").where("expires_at", "<", now.toISOString()).execute();
  const longestIdleMs = Math.max(...Object.values(sessionLifetimes).map((lifetime) => lifetime.idleMs));
  await db.deleteFrom("sessions").where("last_seen_at", "<", ago(longestIdleMs)).execute();
  await db.deleteFrom("rate_limits").where("window_start", "<", ago(dayMs)).execute();
  await db.deleteFrom("idempotency_keys").where("created_at", "<", ago(limits.idempotencyTtlMs)).execute();
}
