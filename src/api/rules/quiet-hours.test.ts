import { describe, expect, it } from "vitest";
import type { Preferences } from "../contract/preferences.ts";
import { isQuietTime } from "./preferences.ts";

const withQuietHours = (notBefore: string, notAfter: string, timeZone: string): Preferences => ({
  version: 0,
  channels: {},
  topics: [],
  pausedUntil: null,
  quietHours: { notBefore, notAfter, timeZone },
  contacts: {},
});

describe("quiet hours", () => {
  const dayTime = withQuietHours("09:00", "20:00", "Europe/Rome");

  it("hold interrupting channels back outside the window, in the customer's time zone", () => {
    // 07:30 UTC is 08:30 in Rome in winter (CET): before 09:00.
    expect(isQuietTime(dayTime, "sms", new Date("2026-01-15T07:30:00Z"))).toBe(true);
    expect(isQuietTime(dayTime, "sms", new Date("2026-01-15T08:00:00Z"))).toBe(false);
    expect(isQuietTime(dayTime, "push", new Date("2026-01-15T18:59:00Z"))).toBe(false);
    expect(isQuietTime(dayTime, "push", new Date("2026-01-15T19:00:00Z"))).toBe(true);
  });

  it("follow the clock across a daylight-saving change", () => {
    // 07:30 UTC is 09:30 in Rome in summer (CEST): inside the window.
    expect(isQuietTime(dayTime, "whatsapp", new Date("2026-07-15T07:30:00Z"))).toBe(false);
    expect(isQuietTime(dayTime, "whatsapp", new Date("2026-07-15T06:30:00Z"))).toBe(true);
  });

  it("never hold back email or post, which wait in an inbox anyway", () => {
    expect(isQuietTime(dayTime, "email", new Date("2026-01-15T02:00:00Z"))).toBe(false);
    expect(isQuietTime(dayTime, "post", new Date("2026-01-15T02:00:00Z"))).toBe(false);
  });

  it("allow a window that runs across midnight", () => {
    const night = withQuietHours("22:00", "06:00", "Asia/Taipei");
    // 15:00 UTC is 23:00 in Taipei; 00:00 UTC is 08:00.
    expect(isQuietTime(night, "phone_call", new Date("2026-03-01T15:00:00Z"))).toBe(false);
    expect(isQuietTime(night, "phone_call", new Date("2026-03-01T00:00:00Z"))).toBe(true);
  });
});
