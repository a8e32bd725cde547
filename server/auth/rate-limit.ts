import { sql, type QueryCreator } from "kysely";
import { fixedWindow, type Limit } from "../../src/api/rules/sign-in-limits.ts";
import { precompiled } from "../db/precompiled.ts";
import type { Database, Db } from "../db/schema.ts";

export type { Limit };

export interface LimitOutcome {
  allowed: boolean;
  /** Whole seconds until the window resets. */
  retryAfter: number;
}

/** One more hit on `key` in the window starting at `windowStart`, returning the window's count so far. */
export const countHitQuery = (qc: QueryCreator<Database>, key: string, windowStart: string) =>
  qc
    .insertInto("rate_limits")
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        count: sql<number>`case when rate_limits.window_start = excluded.window_start then rate_limits.count + 1 else 1 end`,
        window_start: sql<string>`excluded.window_start`,
      }),
    )
    .returning("count");

/** Runs on every write and every sign-in request: compiled once (precompiled.ts). */
const countHit = precompiled((db, key: string, windowStart: string) => countHitQuery(db, key, windowStart), 2);

/** The window a hit at `now` falls in, and what a count in it means. */
export function windowOf(limit: Limit, now: Date): { windowStart: string; outcome: (count: number) => LimitOutcome } {
  const { windowStartMs, retryAfter } = fixedWindow(limit, now);
  return {
    windowStart: new Date(windowStartMs).toISOString(),
    outcome: (count) => ({ allowed: count <= limit.max, retryAfter }),
  };
}

/**
 * A fixed-window counter in the database, so every instance behind a load balancer shares it. The key must not
 * depend on whether an address is known: callers hash the address, never look it up first.
 */
export async function hit(db: Db, key: string, limit: Limit, now: Date): Promise<LimitOutcome> {
  const { windowStart, outcome } = windowOf(limit, now);
  const [row] = await countHit(db, key, windowStart);
  return outcome(row!.count);
}
