import type { ActivityPage, ActivityPageQuery } from "../contract/activity.ts";
import type { DataInventory } from "../contract/data.ts";
import type { OutboxMessage } from "../contract/session.ts";
import { endpoints } from "../endpoints.ts";
import { decodeCursor, pageFrom, pageLimit } from "../rules/activity-page.ts";
import { newerThan, newestFirst } from "./activity.ts";
import { authenticate, type MockContext } from "./context.ts";
import { parseInput, parseOutput } from "./errors.ts";

export async function getData(ctx: MockContext): Promise<DataInventory> {
  const auth = await authenticate(ctx, "getData");
  return parseOutput(endpoints.getData.response, { items: auth.customer.dataItems });
}

/** A cursor's position in the mock: the last shown event's instant and where it was appended. */
const placePosition = /^(\d{4}-\d{2}-\d{2}T[^|]{1,40})\|(\d{1,9})$/;

/** One page, in the server's order: older than the cursor's event, so events added meanwhile never shift it. */
export async function listActivity(ctx: MockContext, query: ActivityPageQuery = {}): Promise<ActivityPage> {
  const auth = await authenticate(ctx, "listActivity");
  const { limit, cursor } = parseInput(endpoints.listActivity.query, query);
  const subjectId = auth.customer.subject.id;
  const size = pageLimit({ limit });
  const [, at = "", index = "0"] =
    cursor === undefined ? [] : (placePosition.exec(decodeCursor(cursor, subjectId, placePosition)) ?? []);
  const older = newestFirst(auth.customer.activity).filter(
    (placed) =>
      cursor === undefined || newerThan({ at, index: Number(index) }, { at: placed.event.at, index: placed.index }),
  );
  const page = pageFrom(older.slice(0, size + 1), size, subjectId, (placed) => ({
    event: placed.event,
    position: `${placed.event.at}|${placed.index}`,
  }));
  return parseOutput(endpoints.listActivity.response, page);
}

/** The demo inbox: every message the mock "sent", newest first, for anyone (it is a development tool). */
export async function listDevOutbox(ctx: MockContext): Promise<OutboxMessage[]> {
  const { outbox } = ctx.store.read();
  return parseOutput(endpoints.listDevOutbox.response, { messages: outbox }).messages;
}
