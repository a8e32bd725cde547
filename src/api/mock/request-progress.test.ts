import { describe, expect, it } from "vitest";
import { demoConfig } from "../seed/demo-config.ts";
import { createMockApi } from "./create-mock-api.ts";

describe("demo request progress", () => {
  it("moves a request filed in the demo one step per pace, on its timeline and in the history", async () => {
    let now = new Date("2026-06-01T10:00:00.000Z");
    const api = createMockApi({ config: demoConfig, now: () => now, requestPaceMs: 60_000 });
    await api.devStartSession({ email: "ca.customer@example.com" });
    const seeded = await api.listRequests();
    const filed = await api.createRequest({ type: "objection" });

    now = new Date(now.getTime() + 2 * 60_000 + 1);
    const moved = await api.getRequest(filed.id);
    expect(moved.status).toBe("in_progress");
    expect(moved.timeline.map((event) => [event.status, event.at])).toEqual([
      ["received", "2026-06-01T10:00:00.000Z"],
      ["verifying", "2026-06-01T10:01:00.000Z"],
      ["in_progress", "2026-06-01T10:02:00.000Z"],
    ]);
    expect(moved.version).toBe(filed.version + 2);
    const updates = (await api.listActivity()).events.filter((event) => event.target === `request:${filed.id}`);
    expect(updates.map((event) => [event.action, event.after])).toEqual([
      ["request_updated", "in_progress"],
      ["request_updated", "verifying"],
      ["request_created", "received"],
    ]);

    now = new Date(now.getTime() + 10 * 60_000);
    expect((await api.getRequest(filed.id)).status).toBe("completed");
    const unchanged = (await api.listRequests()).filter((request) => request.id !== filed.id);
    expect(unchanged).toEqual(seeded);
  });

  it("leaves requests alone without a pace (as the contract suite runs it)", async () => {
    let now = new Date("2026-06-01T10:00:00.000Z");
    const api = createMockApi({ config: demoConfig, now: () => now });
    await api.devStartSession({ email: "ca.customer@example.com" });
    const filed = await api.createRequest({ type: "objection" });
    now = new Date(now.getTime() + 20 * 60_000);
    await api.devStartSession({ email: "ca.customer@example.com" });
    expect((await api.getRequest(filed.id)).status).toBe("received");
  });
});
