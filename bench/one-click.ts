import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { devFooterLinkSchema } from "../src/api/contract/footer-links.ts";
import { devSubjectSchema } from "../src/api/contract/dev.ts";
import { startServer } from "../server/boot.ts";
import { dropPostgresSchema } from "../server/db/open.ts";
import { silentLogger } from "../server/deps.ts";
import { readSettings } from "../server/settings.ts";
import { openLoop, send } from "./open-loop.ts";

/**
 * RFC 8058 one-click under load: a burst of first clicks (each one a preference write and a history line, as when
 * a campaign lands and people unsubscribe), then the same links again (verified, found already off, nothing
 * written). `npm run bench:one-click`; BENCH_DATABASE_URL for PostgreSQL, BENCH_SUBJECTS, BENCH_SECONDS.
 */
const subjects = Number(process.env.BENCH_SUBJECTS ?? 200);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 50;
const body = "List-Unsubscribe=One-Click";
const form = { "Content-Type": "application/x-www-form-urlencoded" };

const databaseUrl = process.env.BENCH_DATABASE_URL || null;
const schema = `bench_one_click_${process.pid}`;
const dataDir = await mkdtemp(path.join(tmpdir(), "candor-bench-one-click-"));
const server = await startServer({
  settings: {
    ...readSettings({}),
    port: 0,
    host: "127.0.0.1",
    dataDir,
    databaseUrl,
    linkSigningSecrets: ["bench-one-click-signing-key-of-32-chars"],
  },
  staticRoot: null,
  log: silentLogger,
  ...(databaseUrl ? { schema } : {}),
});
const origin = `http://127.0.0.1:${server.port}`;

async function devPost(route: string, data: unknown): Promise<unknown> {
  const response = await fetch(`${origin}${route}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: origin, "X-Candor-CSRF": "1" },
    body: JSON.stringify(data),
  });
  if (response.status !== 201) throw new Error(`${route}: ${response.status} ${await response.text()}`);
  return response.json();
}

const templates = ["br.customer@example.com", "it.customer@example.com", "pl.customer@example.com"];
const paths: string[] = [];
for (let index = 0; index < subjects; index += 1) {
  const { email } = devSubjectSchema.parse(await devPost("/api/dev/subjects", { template: templates[index % 3] }));
  const { token } = devFooterLinkSchema.parse(await devPost("/api/dev/footer-links", { email }));
  paths.push(`/u/${token}`);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** Every link clicked once, `connections` at a time: each click is a write. */
async function firstClicks() {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < paths.length) {
        const target = paths[next++]!;
        const at = performance.now();
        const response = await fetch(`${origin}${target}`, { method: "POST", headers: form, body });
        await response.arrayBuffer();
        if (response.status !== 200) failures += 1;
        latencies.push(performance.now() - at);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const sorted = latencies.toSorted((a, b) => a - b);
  return {
    route: "POST /u/{token} (first click: writes)",
    reqPerSec: Math.round(paths.length / elapsed),
    p50Ms: Math.round(percentile(sorted, 0.5)),
    p99Ms: Math.round(percentile(sorted, 0.99)),
    failures,
  };
}

/** The same links again at a fixed offered rate (open loop): verified and found already off, nothing is written. */
async function repeatClicks() {
  const offered = Number(process.env.BENCH_RATE ?? 500);
  let next = 0;
  const result = await openLoop(offered, seconds, async () => {
    const answer = await send(origin, { method: "POST", path: paths[next++ % paths.length]!, headers: form, body });
    return answer.status;
  });
  return {
    route: `POST /u/{token} (repeat: no-op, ${offered}/s offered)`,
    reqPerSec: Math.round(result.achievedPerSec),
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    failures: result.failures,
  };
}

try {
  const rows = [await firstClicks(), await repeatClicks()];
  const backend = databaseUrl ? "PostgreSQL" : "SQLite";
  console.table(rows.map((row) => ({ backend, connections, ...row })));
} finally {
  await server.close();
  if (databaseUrl) await dropPostgresSchema(databaseUrl, schema);
  await rm(dataDir, { recursive: true, force: true });
}
