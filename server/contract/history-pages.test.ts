import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { activityPageLimits, type ActivityEvent, type ActivityPage } from "../../src/api/contract/activity.ts";
import type { PrivacyApi } from "../../src/api/privacy-api.ts";
import { backends, type Backend } from "./backends.ts";
import { customers, failure } from "./helpers.ts";

/** Every page from the newest, each asked for with `limit`, as a client walks "Show older". */
async function walk(api: PrivacyApi, limit?: number): Promise<ActivityPage[]> {
  const pages: ActivityPage[] = [];
  for (let cursor: string | null | undefined; cursor !== null;) {
    const page = await api.listActivity({ ...(limit ? { limit } : {}), ...(cursor ? { cursor } : {}) });
    pages.push(page);
    cursor = page.nextCursor;
    if (pages.length > 500) throw new Error("The walk never ends");
  }
  return pages;
}

const ids = (events: readonly ActivityEvent[]) => events.map((event) => event.id);

describe.each(backends)("history pages contract: $name", (factory) => {
  let backend: Backend;
  let email: string;
  beforeEach(async () => {
    backend = await factory.create();
    ({ email } = await backend.api.devCreateSubject(customers.br));
    await backend.api.devStartSession({ email });
  });
  afterEach(() => backend.close());

  it("walks the whole history newest first in disjoint pages that end with a null cursor", async () => {
    const { api, clock } = backend;
    clock.advance(60_000);
    await api.devAddHistory({ email, count: 12 });
    const everything = await api.listActivity({ limit: activityPageLimits.max });
    expect(everything.nextCursor).toBeNull();
    expect(everything.events.length).toBeGreaterThan(20);

    const pages = await walk(api, 7);
    expect(pages.slice(0, -1).every((page) => page.events.length === 7)).toBe(true);
    expect(pages.at(-1)!.events.length).toBeGreaterThan(0);
    expect(pages.at(-1)!.events.length).toBeLessThanOrEqual(7);
    const walked = pages.flatMap((page) => page.events);
    expect(ids(walked)).toEqual(ids(everything.events));
    expect(new Set(ids(walked)).size).toBe(walked.length);
    const times = walked.map((event) => event.at);
    expect(times).toEqual(times.toSorted().toReversed());
  });

  it("orders events of one instant the same way on every walk, none twice and none left out", async () => {
    const { api, clock } = backend;
    clock.advance(60_000);
    await api.devAddHistory({ email, count: 30 });
    const instant = clock.now().toISOString();
    const first = (await walk(api, 4)).flatMap((page) => page.events);
    const second = (await walk(api, 9)).flatMap((page) => page.events);
    expect(ids(second)).toEqual(ids(first));
    const sameInstant = first.filter((event) => event.at === instant);
    // The 30 sign-ins and this browser's own (devStartSession records one at the start, at an earlier instant).
    expect(sameInstant).toHaveLength(30);
    expect(new Set(ids(sameInstant)).size).toBe(30);
    expect(ids(first.slice(0, 30))).toEqual(ids(sameInstant));
  });

  it("holds the page size asked for, 50 when none is, and refuses one outside 1 to 200 by name", async () => {
    const { api } = backend;
    await api.devAddHistory({ email, count: 60 });
    expect((await api.listActivity()).events).toHaveLength(activityPageLimits.default);
    expect((await api.listActivity({ limit: 1 })).events).toHaveLength(1);
    expect((await api.listActivity({ limit: activityPageLimits.max })).events.length).toBeGreaterThan(60);
    for (const limit of [0, -1, activityPageLimits.max + 1, 2.5, Number.NaN]) {
      const refused = await failure(api.listActivity({ limit }));
      expect(refused).toMatchObject({ code: "validation", status: 400 });
      expect(refused.fields.map((field) => field.path)).toEqual(["limit"]);
    }
  });

  it("refuses a cursor it never gave out as a validation error on the cursor", async () => {
    const { api } = backend;
    const { nextCursor } = await api.listActivity({ limit: 2 });
    expect(nextCursor).toEqual(expect.any(String));
    const forged = btoa("v1.zzz.1").replace(/=+$/, "");
    for (const cursor of ["not a cursor", "!!!", "abc", forged, `${nextCursor}!`, "x".repeat(201)]) {
      const refused = await failure(api.listActivity({ cursor }));
      expect(refused).toMatchObject({ code: "validation", status: 400 });
      expect(refused.fields.map((field) => field.path)).toEqual(["cursor"]);
    }
  });

  it("refuses another subject's cursor, saying whose history it walks", async () => {
    const { api } = backend;
    const { nextCursor } = await api.listActivity({ limit: 2 });
    const other = backend.newBrowser();
    const { email: otherEmail } = await other.devCreateSubject(customers.it);
    await other.devStartSession({ email: otherEmail });
    const refused = await failure(other.listActivity({ cursor: nextCursor! }));
    expect(refused).toMatchObject({ code: "validation", status: 400 });
    expect(refused.fields).toEqual([{ path: "cursor", message: "belongs to another subject's history" }]);
    // The owner's cursor still works for the owner.
    expect((await api.listActivity({ cursor: nextCursor! })).events.length).toBeGreaterThan(0);
  });

  it("goes on from where the last page ended when events are added between pages", async () => {
    const { api, clock } = backend;
    const before = (await walk(api, activityPageLimits.max)).flatMap((page) => page.events);
    const firstPage = await api.listActivity({ limit: 5 });
    clock.advance(1000);
    await api.devAddHistory({ email, count: 8 });
    const prefs = await api.getPreferences();
    await api.updatePreferences({
      baseVersion: prefs.version,
      changes: [{ kind: "channel", channelId: "post", on: !prefs.channels.post }],
    });
    const rest: ActivityEvent[] = [];
    for (let cursor = firstPage.nextCursor; cursor !== null;) {
      const page = await api.listActivity({ limit: 5, cursor });
      rest.push(...page.events);
      cursor = page.nextCursor;
    }
    expect(ids([...firstPage.events, ...rest])).toEqual(ids(before));
    // The newest page now starts with what was added meanwhile.
    expect((await api.listActivity({ limit: 1 })).events[0]).toMatchObject({ target: "channel:post" });
  });

  it("lengthens a customer's history only through the development control, for customers only", async () => {
    const { api } = backend;
    expect(await failure(api.devAddHistory({ email: "nobody@example.com", count: 1 }))).toMatchObject({
      code: "not_found",
    });
    expect(await failure(api.devAddHistory({ email: "support.agent@example.com", count: 1 }))).toMatchObject({
      code: "not_found",
    });
    expect(await failure(api.devAddHistory({ email, count: 501 }))).toMatchObject({ code: "validation" });
  });
});
