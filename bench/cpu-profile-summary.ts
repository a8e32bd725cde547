/** The parts of a V8 `.cpuprofile` (written by `node --cpu-prof`) that a summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShare {
  name: string;
  ms: number;
  percent: number;
}

export interface ProfileSummary {
  busyMs: number;
  idleMs: number;
  /** Self time by what ran it: a package, a Node subsystem, one of our files, SQLite, compression, the collector. */
  byPlace: ProfileShare[];
  byFunction: ProfileShare[];
}

const repoPath = (url: string) => url.replace(/^file:\/\/.*?\/(server|src|bench)\//, "$1/");

/** Where a function is: a package's file from its package name on, one of ours from the repository's top. */
const locationOf = (url: string) =>
  url.includes("/node_modules/") ? url.replace(/^.*\/node_modules\//, "") : repoPath(url);

/**
 * Where a sample's self time goes. Native work shows as the JavaScript that called it: SQLite under the bench's
 * statement counter (server-statements.ts wraps every statement), compression under node:zlib, socket writes as
 * `writev`/`writeUtf8String`.
 */
function placeOf(frame: CpuProfile["nodes"][number]["callFrame"]): string {
  const { url, functionName } = frame;
  if (url.endsWith("bench/server-statements.ts")) return "SQLite (native, under the statement counter)";
  if (url === "node:zlib") return "compression (node:zlib)";
  if (/^(writev|writeUtf8String|writeBuffer|writeLatin1String)$/.test(functionName)) return "socket writes";
  if (functionName === "(garbage collector)") return "garbage collector";
  if (functionName === "(program)") return "(program: V8 and Node internals)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
  if (pkg) return pkg;
  // node:internal/deps/undici/… is Node's fetch (Headers, Response); other internals by their module.
  if (url.startsWith("node:internal/deps/")) return `node:${url.split("/")[2]}`;
  if (url.startsWith("node:")) return url.replace(/^node:(internal\/)?/, "node:").split("/")[0]!;
  if (url.startsWith("file://")) return repoPath(url);
  return functionName || "(native)";
}

const shares = (totals: Map<string, number>, busy: number, top: number): ProfileShare[] =>
  [...totals]
    .toSorted((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, micros]) => ({ name, ms: micros / 1000, percent: (micros / busy) * 100 }));

/** Self time of the samples taken between `fromMicros` and `toMicros` (the profile's clock), idle left out. */
export function summarize(profile: CpuProfile, fromMicros: number, toMicros: number, top = 25): ProfileSummary {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let at = profile.startTime;
  let idle = 0;
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (at < fromMicros || at > toMicros) return;
    const frame = frames.get(id)!;
    if (frame.functionName === "(idle)") {
      idle += delta;
      return;
    }
    busy += delta;
    const place = placeOf(frame);
    byPlace.set(place, (byPlace.get(place) ?? 0) + delta);
    const where = frame.url ? ` ${locationOf(frame.url)}:${frame.lineNumber + 1}` : "";
    const name = `${frame.functionName || "(anonymous)"}${where}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + delta);
  });
  return {
    busyMs: busy / 1000,
    idleMs: idle / 1000,
    byPlace: shares(byPlace, busy, top),
    byFunction: shares(byFunction, busy, top),
  };
}
