import type { ActivityEvent } from "../contract/activity.ts";
import type { DataInventory } from "../contract/data.ts";
import type { OutboxMessage } from "../contract/session.ts";
import { endpoints } from "../endpoints.ts";
import { newestFirst } from "./activity.ts";
import { authenticate, type MockContext } from "./context.ts";
import { parseOutput } from "./errors.ts";

export async function getData(ctx: MockContext): Promise<DataInventory> {
  const auth = await authenticate(ctx, "getData");
  return parseOutput(endpoints.getData.response, { items: auth.customer.dataItems });
}

export async function listActivity(ctx: MockContext): Promise<ActivityEvent[]> {
  const auth = await authenticate(ctx, "listActivity");
  return parseOutput(endpoints.listActivity.response, { events: newestFirst(auth.customer.activity) }).events;
}

/** The demo inbox: every message the mock "sent", newest first, for anyone (it is a development tool). */
export async function listDevOutbox(ctx: MockContext): Promise<OutboxMessage[]> {
  const { outbox } = ctx.store.read();
  return parseOutput(endpoints.listDevOutbox.response, { messages: outbox }).messages;
}
