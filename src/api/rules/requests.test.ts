import { describe, expect, it } from "vitest";
import { cancelledRequest, filedRequest } from "./requests.ts";
import { RuleError } from "./rule-error.ts";

const now = new Date("2026-03-01T12:00:00Z");
const input = { type: "deletion" as const, scope: ["marketing"], details: "" };

describe("fileRequest", () => {
  it("starts received, with the subject's legal due date and a one-event timeline", () => {
    const request = filedRequest("req-1", input, "TW", now);
    expect(request).toMatchObject({ status: "received", version: 0, extension: null });
    expect(request.dueAt.slice(0, 10)).toBe("2026-03-31");
    expect(request.timeline).toEqual([{ at: now.toISOString(), status: "received" }]);
  });
});

describe("cancelledRequest", () => {
  it("closes an open request and moves its version on", () => {
    const cancelled = cancelledRequest(filedRequest("req-1", input, "EU", now), now);
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.version).toBe(1);
    expect(cancelled.timeline.map((event) => event.status)).toEqual(["received", "cancelled"]);
  });

  it("refuses a closed request with its current state", () => {
    const closed = cancelledRequest(filedRequest("req-1", input, "EU", now), now);
    expect(() => cancelledRequest(closed, now)).toThrow(RuleError);
  });
});
