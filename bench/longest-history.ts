import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { activityPageLimits } from "../src/api/contract/activity.ts";
import { encodeCursor } from "../src/api/rules/activity-page.ts";
import { demoCustomers } from "../src/api/seed/demo-customers.ts";
import type { SeedCustomer } from "../src/api/seed/types.ts";
import { startServer } from "../server/boot.ts";
import type { Db } from "../server/db/schema.ts";
import { insertCustomer } from "../server/db/seed.ts";
import { silentLogger } from "../server/deps.ts";
import { readSettings } from "../server/settings.ts";
import { send } from "./open-loop.ts";
import { signInForBench } from "./sign-in.ts";

export interface PageDataRow {
  page: string;
  path: string;
  /** Median of several reads, loopback round trip: an upper bound of the server's own time. */
  medianMs: number;
  wireKb: number;
}

/** What each page of the app reads first (src/app/router.tsx and the section views). */
const pageReads: [string, string][] = [
  ["every page", "/api/session"],
  ["/preferences", "/api/preferences"],
  ["/consents", "/api/consents"],
  ["/data", "/api/data"],
  ["/requests", "/api/requests"],
  ["/history: first page", "/api/activity"],
];

/** "Show older" near the far end: the page after the 9,950 newest events, read through its cursor. */
async function oldestPageRead(db: Db, subjectId: string): Promise<[string, string]> {
  const { seq } = await db
    .selectFrom("activity")
    .select("seq")
    .where("subject_id", "=", subjectId)
    .orderBy("seq", "asc")
    .offset(activityPageLimits.default)
    .limit(1)
    .executeTakeFirstOrThrow();
  const cursor = encodeCursor(subjectId, String(seq));
  return ["/history: oldest page (Show older)", `/api/activity?cursor=${cursor}`];
}

export const longestHistory = { events: 10_000, dataItems: 2_000 };

// Rows per INSERT: far below SQLite's 32,766 bound variables and PostgreSQL's 65,535.
const batch = 500;

async function insertInBatches<T>(rows: T[], insert: (rows: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += batch) await insert(rows.slice(start, start + batch));
}

/** The demo customer with the fullest history, stretched to the longest history the issue names. */
async function insertLongestCustomer(db: Db, now: Date): Promise<{ email: string; subjectId: string }> {
  const template: SeedCustomer = demoCustomers(now)[0]!;
  const email = "longest-history@example.com";
  const subjectId = "longest-history";
  await insertCustomer(
    db,
    {
      ...template,
      subject: { ...template.subject, id: subjectId, email },
      consentRecords: template.consentRecords.map((record) => ({ ...record, id: `lh-${record.id}` })),
      dataItems: [],
      requests: template.requests.map((request) => ({ ...request, id: `lh-${request.id}` })),
      activity: [],
    },
    now,
  );
  const event = template.activity[0]!;
  const item = template.dataItems[0]!;
  const events = Array.from({ length: longestHistory.events }, (_, index) => {
    const at = new Date(now.getTime() - (longestHistory.events - index) * 3_600_000).toISOString();
    return { id: `lh-e${index}`, subject_id: subjectId, event: JSON.stringify({ ...event, id: `lh-e${index}`, at }) };
  });
  await insertInBatches(events, (rows) => db.insertInto("activity").values(rows).execute());
  const items = Array.from({ length: longestHistory.dataItems }, (_, index) => ({
    subject_id: subjectId,
    id: `lh-d${index}`,
    position: index,
    field: item.field,
    item: JSON.stringify({ ...item, id: `lh-d${index}` }),
  }));
  await insertInBatches(items, (rows) => db.insertInto("data_items").values(rows).execute());
  return { email, subjectId };
}

/**
 * Each page's first read for the customer with the longest history, on SQLite or on PostgreSQL (a schema of its
 * own); in `dataDir` when given (a SQLite database the bench filled), else in a throwaway folder.
 */
export async function measureLongestHistory(
  postgres: { url: string; schema: string } | null,
  given?: { dataDir: string },
): Promise<PageDataRow[]> {
  const dataDir = given?.dataDir ?? (await mkdtemp(path.join(tmpdir(), "candor-history-")));
  const unlimited = { max: 1_000_000, windowMs: 60_000 };
  const server = await startServer({
    settings: { ...readSettings({}), port: 0, host: "127.0.0.1", dataDir, databaseUrl: postgres?.url ?? null },
    staticRoot: null,
    log: silentLogger,
    limits: { magicLinkPerAddress: unlimited, magicLinkPerIp: unlimited },
    ...(postgres ? { schema: postgres.schema } : {}),
  });
  try {
    const origin = `http://127.0.0.1:${server.port}`;
    const { email, subjectId } = await insertLongestCustomer(server.db, new Date());
    const { cookie } = await signInForBench(origin, email);
    const rows: PageDataRow[] = [];
    for (const [page, read] of [...pageReads, await oldestPageRead(server.db, subjectId)]) {
      const timings: number[] = [];
      let wire = 0;
      for (let run = 0; run < 7; run += 1) {
        const started = performance.now();
        const answer = await send(origin, {
          method: "GET",
          path: read,
          headers: { Cookie: cookie, "Accept-Encoding": "br, gzip" },
        });
        timings.push(performance.now() - started);
        if (answer.status !== 200) throw new Error(`${read}: HTTP ${answer.status}`);
        wire = answer.wireBytes;
      }
      const median = timings.toSorted((a, b) => a - b)[3]!;
      rows.push({ page, path: read, medianMs: Math.round(median * 10) / 10, wireKb: Math.round(wire / 100) / 10 });
    }
    return rows;
  } finally {
    await server.close();
    if (!given) await rm(dataDir, { recursive: true, force: true });
  }
}
