import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../deps.ts";
import { shedLoad } from "./load-shedding.ts";

/** Lets the requests sent so far reach the route or the line (not a timing assertion: nothing is measured). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** An app whose one route waits until the test lets it finish, so "busy" is a state, not a timing. */
function blockedApp(options: { concurrency: number; queue: number; waitMs: number }) {
  const app = new Hono<AppEnv>();
  const started: string[] = [];
  const gates: (() => void)[] = [];
  app.use("*", async (c, next) => {
    c.set("requestId", "test");
    await next();
  });
  app.use("*", shedLoad(options));
  app.get("/work/:name", async (c) => {
    started.push(c.req.param("name"));
    await new Promise<void>((resolve) => gates.push(resolve));
    return c.text("done");
  });
  const finishOne = () => gates.shift()?.();
  return { app, started, finishOne, settle };
}

describe("load shedding", () => {
  it("starts waiting requests in order as others finish, and turns away what finds the line full", async () => {
    const { app, started, finishOne } = blockedApp({ concurrency: 1, queue: 1, waitMs: 60_000 });
    const first = app.request("/work/first");
    const second = app.request("/work/second");
    await settle();
    const third = await app.request("/work/third");
    expect(third.status).toBe(503);
    expect(third.headers.get("retry-after")).toBe("1");
    expect(await third.json()).toMatchObject({ error: { code: "rate_limited", retryAfter: 1 } });
    expect(started).toEqual(["first"]);
    finishOne();
    expect((await first).status).toBe(200);
    await settle();
    expect(started).toEqual(["first", "second"]);
    finishOne();
    expect(await (await second).text()).toBe("done");
  });

  it("answers 503 to a request that could not start in time, and never starts it", async () => {
    const { app, started, finishOne } = blockedApp({ concurrency: 1, queue: 10, waitMs: 50 });
    const first = app.request("/work/first");
    const late = await app.request("/work/late");
    expect(late.status).toBe(503);
    finishOne();
    await first;
    expect(started).toEqual(["first"]);
  });

  it("drops a waiting request whose client went away, so it does no work", async () => {
    const { app, started, finishOne } = blockedApp({ concurrency: 1, queue: 10, waitMs: 60_000 });
    const first = app.request("/work/first");
    const controller = new AbortController();
    const gone = app.request(new Request("http://localhost/work/gone", { signal: controller.signal }));
    await settle();
    controller.abort();
    expect((await gone).status).toBe(503);
    const next = app.request("/work/next");
    finishOne();
    await first;
    await settle();
    expect(started).toEqual(["first", "next"]);
    finishOne();
    await next;
  });
});
