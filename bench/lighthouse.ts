import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import lighthouse, { desktopConfig } from "lighthouse";

export interface LighthouseRow {
  page: string;
  formFactor: "mobile" | "desktop";
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Titles of the audits that cost points outside performance, so a miss names its cause. */
  failing: string[];
  /**
   * Figures that do not depend on the machine's load: the LCP element, what shifted, and how many requests
   * had finished when the page first painted (observed, not simulated; 1 is the document alone).
   */
  notes: string[];
}

export interface LighthousePage {
  label: string;
  url: string;
  /** Sent with every request of the run, e.g. the signed-in cookie. */
  headers?: Record<string, string>;
}

const chromiumFlags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The debugging port Chromium picked, from the file it writes into its profile once the port is open. */
async function debuggingPort(profile: string): Promise<number> {
  for (let attempt = 0; ; attempt += 1) {
    const written = await readFile(path.join(profile, "DevToolsActivePort"), "utf8").catch(() => "");
    const port = Number(written.split("\n")[0]);
    if (port > 0) return port;
    if (attempt > 300) throw new Error("Chromium did not open its debugging port");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A Chromium of its own (Lighthouse drives it over CDP), closed when done. On a port it picks itself: two benches
 * on one machine once shared a fixed port, and one's Chromium answered, or vanished under, the other's run.
 */
async function withChromium<T>(run: (port: number) => Promise<T>): Promise<T> {
  const profile = await mkdtemp(path.join(tmpdir(), "candor-lighthouse-"));
  const chromium = spawn(
    process.env.CHROME_PATH ?? "/usr/bin/chromium",
    [...chromiumFlags, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"],
    { stdio: "ignore" },
  );
  try {
    return await run(await debuggingPort(profile));
  } finally {
    chromium.kill("SIGTERM");
    await once(chromium, "exit");
    await rm(profile, { recursive: true, force: true });
  }
}

/** The kinds of issue behind an audit such as "Issues were logged", so the table names the cause. */
function detailOf(details: unknown): string {
  const items = (details as { items?: { issueType?: string; description?: string; source?: unknown }[] })?.items;
  const kinds = items?.map((item) => item.issueType ?? item.description).filter(Boolean) ?? [];
  return kinds.length > 0 ? ` (${[...new Set(kinds)].join(", ")})` : "";
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

interface AuditNode {
  type: "node";
  nodeLabel?: string;
  selector?: string;
}

/** Every DOM node an audit's details name, in order (the details nest tables in lists). */
function nodesIn(details: unknown): AuditNode[] {
  if (!details || typeof details !== "object") return [];
  if ((details as { type?: string }).type === "node") return [details as AuditNode];
  return Object.values(details).flatMap(nodesIn);
}

const describeNode = (node: AuditNode) => `${node.selector?.split(" > ").at(-1) ?? "?"} "${node.nodeLabel ?? ""}"`;

type Audits = Record<string, { numericValue?: number; details?: unknown } | undefined>;

interface TraceEvent {
  name: string;
  ph?: string;
  pid: number;
  tid: number;
  ts: number;
  /** The thread's CPU time in the event, in µs: unlike `dur`, not stretched while the thread waits for a core. */
  tdur?: number;
  args?: { name?: string };
}

/**
 * The longest task on the page's main thread after its first paint, in CPU time: the figure under TBT that does not
 * depend on what else the machine runs (a task waiting for a core grows in wall time, not in CPU time).
 */
function longestTaskCpuMs(events: readonly TraceEvent[]): number | null {
  const mainThreads = new Set(
    events
      .filter((event) => event.name === "thread_name" && event.args?.name === "CrRendererMain")
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const tasks = events.filter(
    (event) => event.name === "RunTask" && event.ph === "X" && mainThreads.has(`${event.pid}:${event.tid}`),
  );
  // The page's own renderer is the one that painted last (a footer link's page posts itself before it paints).
  const painted = events.findLast((event) => event.name === "firstContentfulPaint");
  if (!painted) return null;
  const after = tasks.filter((task) => task.pid === painted.pid && task.ts >= painted.ts);
  return after.length === 0 ? null : Math.max(...after.map((task) => task.tdur ?? 0)) / 1000;
}

function notesOf(audits: Audits): string[] {
  const [lcp] = nodesIn(audits["lcp-breakdown-insight"]?.details);
  const shifted = nodesIn(audits["layout-shifts"]?.details).map(describeNode);
  const metrics = (audits.metrics?.details as { items?: { observedFirstContentfulPaint?: number }[] })?.items?.[0];
  const requests = (audits["network-requests"]?.details as { items?: { networkEndTime?: number }[] })?.items ?? [];
  const firstPaint = metrics?.observedFirstContentfulPaint;
  const before =
    firstPaint === undefined ? null : requests.filter((request) => (request.networkEndTime ?? Infinity) <= firstPaint);
  return [
    ...(lcp ? [`LCP element ${describeNode(lcp)}`] : []),
    ...(shifted.length > 0 ? [`shifted ${[...new Set(shifted)].join(", ")}`] : []),
    ...(before ? [`${before.length} requests done before first paint`] : []),
  ];
}

/** TBT counts what a task runs past 50 ms on the slowed CPU: a task under 50 ms / slowdown of CPU adds nothing. */
function cpuNote(
  longestMs: number | null,
  settings: { throttlingMethod?: string; throttling?: { cpuSlowdownMultiplier?: number } },
): string[] {
  if (longestMs === null) return [];
  const slowdown = settings.throttlingMethod === "simulate" ? (settings.throttling?.cpuSlowdownMultiplier ?? 1) : 1;
  const slowed = slowdown === 1 ? "" : `, ${Math.round(longestMs * slowdown)} ms at ${slowdown}x`;
  return [`longest task after first paint ${longestMs.toFixed(1)} ms of CPU${slowed}`];
}

export async function lighthouseRows(pages: LighthousePage[]): Promise<LighthouseRow[]> {
  return withChromium(async (port) => {
    const rows: LighthouseRow[] = [];
    for (const page of pages)
      for (const formFactor of ["mobile", "desktop"] as const) {
        const run = () =>
          lighthouse(
            page.url,
            {
              port,
              logLevel: "error",
              onlyCategories: ["performance", "accessibility", "best-practices"],
              ...(page.headers ? { extraHeaders: page.headers } : {}),
            },
            formFactor === "desktop" ? desktopConfig : undefined,
          );
        let result = await run();
        // Chromium now and then records a trace without the navigation's start; Lighthouse asks to run again.
        for (let retry = 0; retry < 2 && result?.lhr.runtimeError?.code === "NO_NAVSTART"; retry += 1)
          result = await run();
        if (!result) throw new Error(`Lighthouse gave no result for ${page.url}`);
        const { categories, audits } = result.lhr;
        // A run Lighthouse could not complete (e.g. no contentful paint it could see) scores 0: say why instead.
        const runtimeError = result.lhr.runtimeError;
        const failing = [
          ...(runtimeError ? [`Lighthouse could not measure: ${runtimeError.code} ${runtimeError.message}`] : []),
          ...[categories.accessibility, categories["best-practices"]].flatMap(
            (category) =>
              category?.auditRefs
                .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
                .map((ref) => audits[ref.id]!)
                .map((audit) => `${audit.title}${detailOf(audit.details)}`) ?? [],
          ),
        ];
        rows.push({
          page: page.label,
          formFactor,
          performance: score(categories.performance?.score),
          accessibility: score(categories.accessibility?.score),
          bestPractices: score(categories["best-practices"]?.score),
          lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
          tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
          cls: Math.round((audits["cumulative-layout-shift"]?.numericValue ?? 0) * 1000) / 1000,
          failing,
          notes: [
            ...notesOf(audits as Audits),
            ...cpuNote(longestTaskCpuMs(result.artifacts.Trace.traceEvents as TraceEvent[]), result.lhr.configSettings),
          ],
        });
      }
    return rows;
  });
}
