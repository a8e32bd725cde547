import { sql } from "kysely";
import type { Db } from "../db/schema.ts";

export interface Limit {
  max: number;
  windowMs: number;
}

export interface LimitOutcome {
  allowed: boolean;
  /** Whole seconds until the window resets. */
  retryAfter: number;
}

/**
 * A fixed-window counter in the database, so every instance behind a load balancer shares it. The key must not
 * depend on whether an address is known: callers hash the address, never look it up first.
 */
export async function hit(db: Db, key: string, limit: Limit, now: Date): Promise<LimitOutcome> {
  const windowStartMs = Math.floor(now.getTime() / limit.windowMs) * limit.windowMs;
  const windowStart = new Date(windowStartMs).toISOString();
  const row = await db
    .insertInto("rate_limits")
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        count: sql<number>`case when rate_limits.window_start = excluded.window_start then rate_limits.count + 1 else 1 end`,
        window_start: sql<string>`excluded.window_start`,
      }),
    )
    .returning("count")
    .executeTakeFirstOrThrow();
  const retryAfter = Math.max(1, Math.ceil((windowStartMs + limit.windowMs - now.getTime()) / 1000));
  return { allowed: row.count <= limit.max, retryAfter };
}
