import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../deps.ts";
import { HttpError, sendError } from "./errors.ts";

/**
 * How much work the server takes on at once. Past `concurrency` requests in progress, new ones wait in line (first
 * come, first served); a request that cannot start within `waitMs`, or finds `queue` already waiting, is answered
 * 503 with Retry-After at once, before any work, and one whose client went away while it waited is dropped.
 */
export interface LoadShedding {
  concurrency: number;
  queue: number;
  waitMs: number;
}

/** A browser would rather wait a second than see an error; a queue longer than this only hides an overload. */
export const defaultLoadShedding: LoadShedding = { concurrency: 32, queue: 1024, waitMs: 1000 };

const busy = () =>
  new HttpError("rate_limited", "The service is busy right now; try again in a moment.", {
    status: 503,
    retryAfter: 1,
  });

interface Waiter {
  /** Starts the request (true), or turns it away (false). */
  settle(admitted: boolean): void;
}

/**
 * Without this, a server behind on its work keeps every request it was sent, including those whose client has
 * given up, and serves them first: under a burst, everybody waits for answers nobody reads (decision 0057).
 */
export function shedLoad(options: LoadShedding): MiddlewareHandler<AppEnv> {
  let running = 0;
  const waiting: Waiter[] = [];

  const release = () => {
    const next = waiting.shift();
    if (next) next.settle(true);
    else running -= 1;
  };

  const admission = (signal: AbortSignal) =>
    new Promise<boolean>((resolve) => {
      const waiter: Waiter = {
        settle(admitted) {
          clearTimeout(timer);
          signal.removeEventListener("abort", leave);
          resolve(admitted);
        },
      };
      const leave = () => {
        const index = waiting.indexOf(waiter);
        if (index !== -1) waiting.splice(index, 1);
        waiter.settle(false);
      };
      const timer = setTimeout(leave, options.waitMs);
      signal.addEventListener("abort", leave, { once: true });
      waiting.push(waiter);
    });

  return async (c, next) => {
    if (running < options.concurrency) running += 1;
    else {
      if (waiting.length >= options.queue) return sendError(c, busy());
      const signal = c.req.raw.signal;
      // A slot freed by a finished request passes straight to this one: `running` stays as it is.
      if (signal.aborted || !(await admission(signal))) return sendError(c, busy());
    }
    try {
      await next();
    } finally {
      release();
    }
  };
}
