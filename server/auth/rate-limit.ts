import { sql } from "kysely";
import { fixedWindow, type Limit } from "../../src/api/rules/sign-in-limits.ts";
import { precompiled } from "../db/precompiled.ts";
import type { Db } from "../db/schema.ts";

export type { Limit };

export interface LimitOutcome {
  allowed: boolean;
  /** Whole seconds until the window resets. */
  retryAfter: number;
}

/** Runs on every write and every sign-in request: compiled once (precompiled.ts). */
const countHit = precompiled(
  (db, key: string, windowStart: string) =>
    db
      .insertInto("rate_limits")
      .values({ key, window_start: windowStart, count: 1 })
      .onConflict((oc) =>
        oc.column("key").doUpdateSet({
          count: sql<number>`case when rate_limits.window_start = excluded.window_start then rate_limits.count + 1 else 1 end`,
          window_start: sql<string>`excluded.window_start`,
        }),
      )
      .returning("count"),
  2,
);

/**
 * A fixed-window counter in the database, so every instance behind a load balancer shares it. The key must not
 * depend on whether an address is known: callers hash the address, never look it up first.
 */
export async function hit(db: Db, key: string, limit: Limit, now: Date): Promise<LimitOutcome> {
  const { windowStartMs, retryAfter } = fixedWindow(limit, now);
  const [row] = await countHit(db, key, new Date(windowStartMs).toISOString());
  return { allowed: row!.count <= limit.max, retryAfter };
}
