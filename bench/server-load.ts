import { randomUUID } from "node:crypto";
import { openLoop, send, type Answer, type Call, type OpenLoopResult } from "./open-loop.ts";
import type { StatementCount } from "./server-statements.ts";
import type { BenchSession } from "./sign-in.ts";

/** A browser's header: compressing answers is part of the work the server does for real visitors. */
const acceptEncoding = "br, gzip";

export interface LoadRoute {
  name: string;
  /** Sends one request; resolves with its status once answered. */
  fire(): Promise<number>;
  /** Drops requests still waiting for a subject, so a run the server fell behind on does not spill into the next. */
  abandonWaiting?(): void;
}

/**
 * Writers of one subject based on the same version would mostly measure 409s, so each write takes a subject
 * no other write holds (waiting, inside the measured time, when all are busy), based on the version that
 * subject's previous answer returned.
 */
function subjectPool(sessions: BenchSession[]) {
  const free = [...sessions];
  let waiting: { resolve: (session: BenchSession) => void; reject: (error: Error) => void }[] = [];
  return {
    take: () =>
      new Promise<BenchSession>((resolve, reject) => {
        const session = free.pop();
        if (session) resolve(session);
        else waiting.push({ resolve, reject });
      }),
    give(session: BenchSession) {
      const next = waiting.shift();
      if (next) next.resolve(session);
      else free.push(session);
    },
    abandonWaiting() {
      for (const waiter of waiting) waiter.reject(Object.assign(new Error("abandoned"), { code: "abandoned" }));
      waiting = [];
    },
  };
}

// The answer (or a 409's `current`) carries the version the next write must be based on first.
const versionIn = (answer: Answer) => Number(/"version":(\d+)/.exec(answer.body)?.[1] ?? Number.NaN);

function writeRoute(
  origin: string,
  sessions: BenchSession[],
  name: string,
  call: (session: BenchSession, turn: number) => Call,
  keep: (session: BenchSession, version: number) => void,
): LoadRoute {
  const pool = subjectPool(sessions);
  let turn = 0;
  return {
    name,
    abandonWaiting: () => pool.abandonWaiting(),
    async fire() {
      const session = await pool.take();
      try {
        const answer = await send(origin, call(session, (turn += 1)));
        const version = versionIn(answer);
        if (Number.isInteger(version)) keep(session, version);
        return answer.status;
      } finally {
        pool.give(session);
      }
    },
  };
}

const writeHeaders = (origin: string, session: BenchSession) => ({
  Cookie: session.cookie,
  Origin: origin,
  "X-Candor-CSRF": "1",
  "Content-Type": "application/json",
  "Accept-Encoding": acceptEncoding,
  "Idempotency-Key": randomUUID(),
});

/**
 * RFC 8058 one-click from an email client: a form POST to the footer link, no cookie, no Origin. Each subject's
 * first click turns the list off (a preference write and a history line); later clicks verify the link and find
 * it already off, as when a mail client or a person clicks again.
 */
function oneClickRoute(origin: string, sessions: BenchSession[]): LoadRoute {
  let next = 0;
  return {
    name: "POST /u/{token} (one-click)",
    fire: async () =>
      (
        await send(origin, {
          method: "POST",
          path: sessions[(next += 1) % sessions.length]!.oneClickPath ?? "/u/none",
          headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept-Encoding": acceptEncoding },
          body: "List-Unsubscribe=One-Click",
        })
      ).status,
  };
}

export function loadRoutes(origin: string, sessions: BenchSession[]): LoadRoute[] {
  let next = 0;
  return [
    {
      name: "GET /api/session",
      fire: async () =>
        (
          await send(origin, {
            method: "GET",
            path: "/api/session",
            headers: { Cookie: sessions[(next += 1) % sessions.length]!.cookie, "Accept-Encoding": acceptEncoding },
          })
        ).status,
    },
    writeRoute(
      origin,
      sessions,
      "PATCH /api/preferences",
      (session, turn) => ({
        method: "PATCH",
        path: "/api/preferences",
        headers: writeHeaders(origin, session),
        body: JSON.stringify({
          baseVersion: session.preferencesVersion,
          changes: [{ kind: "topic", topicId: "offers", channelId: "email", subscribed: turn % 2 === 0 }],
        }),
      }),
      (session, version) => (session.preferencesVersion = version),
    ),
    writeRoute(
      origin,
      sessions,
      "POST /api/consents",
      (session, turn) => ({
        method: "POST",
        path: "/api/consents",
        headers: writeHeaders(origin, session),
        body: JSON.stringify({
          baseVersion: session.consentsVersion,
          purposeId: "analytics",
          state: turn % 2 === 0 ? "granted" : "withdrawn",
          textVersion: "2026-03",
        }),
      }),
      (session, version) => (session.consentsVersion = version),
    ),
    oneClickRoute(origin, sessions),
  ];
}

export interface RouteLoad {
  route: string;
  atGoalRate: OpenLoopResult;
  /** The route's first run at the same rate (after a second at half of it): its first seconds under load. */
  coldStart: OpenLoopResult;
  /** The highest offered rate of the steps tried whose p99 stayed under the goal with no failure; 0 if none did. */
  highestRateUnderGoal: number;
  /**
   * Per answered request of the goal-rate run: server CPU (user + system) and the statements and commits it ran.
   * Unlike latency, these hardly depend on what else the machine is doing.
   */
  perRequest: PerRequest;
  /** The server's longest event-loop delay during the goal-rate run, in ms. */
  loopDelayMaxMs: number;
  /** The idle probe's longest delay during the goal-rate run, in ms: the longest a process barely using the CPU waited. */
  machinePauseMaxMs: number;
}

/** What the server process has used so far (a running total; the bench takes differences). */
export interface ServerUsage extends StatementCount {
  /** Both threads: the event loop's and the SQLite checkpoint worker's (decision 0073). */
  cpuMs: number;
  /**
   * The time the server's event loop was not idle, waits on the disk in a synchronous call included: what one
   * request holds every other one up for, and so what bounds the rate one process can answer.
   */
  eventLoopMs: number;
  /** When, on the server's monotonic clock: the one its CPU profile's timestamps are on (bench/profile.ts). */
  atMicros: number;
  /**
   * The event loop's longest delay since the previous reading (not a running total): a p99 far above it was
   * spent outside the server's own thread, in the database, the kernel or the load generator.
   */
  loopDelayMaxMs: number;
  /**
   * The longest delay, since the previous reading, of an idle process beside the server (bench/pause-probe.ts): a
   * server stall about as long at the same time was the machine holding every process up, not the server's work.
   */
  machinePauseMaxMs: number;
}

export interface LoadPlan {
  goalRate: number;
  goalSeconds: number;
  p99GoalMs: number;
  /** Rates tried after the goal rate is met, short steps each, upwards until one misses. */
  steps: number[];
  /** Rates tried after the goal rate is missed, downwards until one is met: how far short of the goal a route is. */
  stepsDown: number[];
  stepSeconds: number;
}

/** Per answered request, between two readings of the server's usage. */
export type PerRequest = Omit<ServerUsage, "atMicros" | "loopDelayMaxMs" | "machinePauseMaxMs">;

/** One run at `rate`, then the abandoned waiters dropped, so a run the server fell behind on does not spill over. */
async function runAt(route: LoadRoute, rate: number, seconds: number): Promise<OpenLoopResult> {
  const result = await openLoop(rate, seconds, route.fire);
  route.abandonWaiting?.();
  return result;
}

/**
 * The route's first run, its cold start: a second at half the rate, then the rate for as long as the measured
 * run. Then the measured run, after another second at half the rate, with the server's usage read around it: the
 * bench's goal-rate run, and the profiler's window (bench/profile.ts). A route's first seconds under load are not
 * its steady state: its code is still being compiled and the heap is still growing to its working size. In its
 * first run a write route fell 30–300 ms behind for up to 5 s, and the full collections that followed held up the
 * seconds after it (decision 0076). The first run's figures are kept, as the route's cold start.
 */
export async function measuredRun(
  route: LoadRoute,
  rate: number,
  seconds: number,
  serverUsage: () => Promise<ServerUsage>,
): Promise<{
  result: OpenLoopResult;
  coldStart: OpenLoopResult;
  before: ServerUsage;
  after: ServerUsage;
  perRequest: PerRequest;
}> {
  await runAt(route, rate / 2, 1);
  const coldStart = await runAt(route, rate, seconds);
  await runAt(route, rate / 2, 1);
  const before = await serverUsage();
  const result = await runAt(route, rate, seconds);
  const after = await serverUsage();
  const per = (key: keyof PerRequest) => (after[key] - before[key]) / Math.max(1, result.answered);
  const perRequest = {
    cpuMs: per("cpuMs"),
    eventLoopMs: per("eventLoopMs"),
    statements: per("statements"),
    commits: per("commits"),
  };
  return { result, coldStart, before, after, perRequest };
}

export async function measureRoute(
  route: LoadRoute,
  plan: LoadPlan,
  serverUsage: () => Promise<ServerUsage>,
): Promise<RouteLoad> {
  const {
    result: atGoalRate,
    coldStart,
    perRequest,
    after,
  } = await measuredRun(route, plan.goalRate, plan.goalSeconds, serverUsage);
  const underGoal = (result: OpenLoopResult) => result.failures === 0 && result.p99Ms < plan.p99GoalMs;
  let highestRateUnderGoal = 0;
  if (underGoal(atGoalRate)) {
    // The goal rate itself counts: a route that meets it and misses the first step keeps up to the goal rate.
    highestRateUnderGoal = plan.goalRate;
    for (const rate of plan.steps) {
      if (!underGoal(await runAt(route, rate, plan.stepSeconds))) break;
      highestRateUnderGoal = rate;
    }
  } else
    for (const rate of plan.stepsDown)
      if (underGoal(await runAt(route, rate, plan.stepSeconds))) {
        highestRateUnderGoal = rate;
        break;
      }
  return {
    route: route.name,
    atGoalRate,
    coldStart,
    highestRateUnderGoal,
    perRequest,
    loopDelayMaxMs: after.loopDelayMaxMs,
    machinePauseMaxMs: after.machinePauseMaxMs,
  };
}
