import { describe, expect, it } from "vitest";
import { dueDate } from "../rules/due-dates.ts";
import { expectApiError, setup, signIn } from "./test-kit.ts";

async function signedIn(email = "it.customer@example.com") {
  const context = setup();
  await signIn(context.api, email);
  return context;
}

describe("privacy requests", () => {
  it("files a request due by the subject's jurisdiction", async () => {
    const { api, clock } = await signedIn("tw.customer@example.com");
    const created = await api.createRequest({ type: "deletion", scope: ["engagement"], details: "  請刪除  " });
    expect(created).toMatchObject({
      status: "received",
      scope: ["engagement"],
      details: "請刪除",
      extension: null,
      version: 0,
    });
    expect(created.dueAt).toBe(dueDate("TW", "deletion", clock.now()).toISOString());
    expect(created.timeline).toEqual([{ at: clock.now().toISOString(), status: "received" }]);
    expect((await api.listRequests())[0]).toEqual(created);
    expect(await api.getRequest(created.id)).toEqual(created);
    expect((await api.listActivity())[0]).toMatchObject({ action: "request_created", target: `request:${created.id}` });
  });

  it("creates once per idempotency key", async () => {
    const { api } = await signedIn();
    const count = (await api.listRequests()).length;
    const first = await api.createRequest({ type: "access" }, { idempotencyKey: "req-key" });
    const again = await api.createRequest({ type: "access" }, { idempotencyKey: "req-key" });
    expect(again).toEqual(first);
    expect(await api.listRequests()).toHaveLength(count + 1);
  });

  it("validates the input", async () => {
    const { api } = await signedIn();
    const error = await expectApiError(
      api.createRequest({ type: "teleport" as "access", details: "x".repeat(2001) }),
      "validation",
      400,
    );
    expect(error.fields.map((f) => f.path).toSorted()).toEqual(["details", "type"]);
  });

  it("cancels an open request once, based on its version", async () => {
    const { api } = await signedIn();
    const created = await api.createRequest({ type: "correction", scope: ["phone"] });
    const cancelled = await api.cancelRequest(created.id, { baseVersion: 0 });
    expect(cancelled).toMatchObject({ status: "cancelled", version: 1 });
    expect(cancelled.timeline.map((e) => e.status)).toEqual(["received", "cancelled"]);
    const stale = await expectApiError(api.cancelRequest(created.id, { baseVersion: 0 }), "conflict", 409);
    expect(stale.current).toEqual(cancelled);
    const closed = await expectApiError(api.cancelRequest(created.id, { baseVersion: 1 }), "conflict", 409);
    expect(closed.current).toEqual(cancelled);
    expect((await api.listActivity())[0]).toMatchObject({
      action: "request_cancelled",
      before: "received",
      after: "cancelled",
    });
  });

  it("refuses to cancel a closed seed request and keeps the open one with its extension", async () => {
    const { api } = await signedIn();
    const requests = await api.listRequests();
    const completed = requests.find((r) => r.status === "completed");
    const extended = requests.find((r) => r.extension !== null);
    expect(extended?.status).toBe("in_progress");
    if (!completed) throw new Error("seed has a completed request");
    await expectApiError(api.cancelRequest(completed.id, { baseVersion: completed.version }), "conflict");
  });

  it("hides other subjects' requests", async () => {
    const { api } = await signedIn();
    await expect(api.getRequest("req-br-1")).rejects.toMatchObject({ code: "not_found", status: 404 });
    await expect(api.cancelRequest("req-br-2", { baseVersion: 1 })).rejects.toMatchObject({
      code: "not_found",
      status: 404,
    });
    await expect(api.getRequest("missing")).rejects.toMatchObject({ code: "not_found" });
  });
});
