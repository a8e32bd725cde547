import type { Purpose } from "../contract/catalog.ts";
import { applyRetention } from "../rules/retention.ts";
import type { SeedCustomer } from "../seed/types.ts";
import type { MockContext } from "./context.ts";

/** Runs the shared retention rule on one customer; returns whether anything changed (so the caller saves). */
function retentionPassFor(customer: SeedCustomer, purposes: readonly Purpose[], now: Date): boolean {
  const outcome = applyRetention(customer.dataItems, purposes, now);
  if (outcome.activity.length === 0) return false;
  customer.dataItems = outcome.next;
  customer.activity.push(...outcome.activity);
  return true;
}

/**
 * The server's scheduled job, as the mock's tick: before every call, so whatever a call reads or writes comes
 * after the retention that was due, as on a server whose job has run.
 */
export function retentionTick(ctx: MockContext): void {
  const state = ctx.store.read();
  const now = ctx.now();
  let changed = false;
  for (const customer of state.subjects) changed = retentionPassFor(customer, ctx.config.purposes, now) || changed;
  if (changed) ctx.store.write(state);
}

/** The job on demand; the tick has already run it, so this only makes the call the server has. */
export async function devRunRetention(ctx: MockContext): Promise<void> {
  retentionTick(ctx);
}
