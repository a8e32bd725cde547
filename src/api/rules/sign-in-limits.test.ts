import { describe, expect, it } from "vitest";
import { fixedWindow } from "./sign-in-limits.ts";

describe("fixedWindow", () => {
  it("starts windows on multiples of their length and counts the seconds left", () => {
    const limit = { max: 5, windowMs: 15 * 60_000 };
    expect(fixedWindow(limit, new Date("2026-01-01T10:20:00Z"))).toEqual({
      windowStartMs: Date.parse("2026-01-01T10:15:00Z"),
      retryAfter: 600,
    });
  });
  it("never asks to wait less than a second", () => {
    expect(fixedWindow({ max: 1, windowMs: 1000 }, new Date(999.5)).retryAfter).toBe(1);
  });
});
