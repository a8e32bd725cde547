import i18next from "i18next";
import { describe, expect, it } from "vitest";
import type { ActivityEvent } from "../../api/contract/activity.ts";
import { testConfig } from "../../test/render.tsx";
import { describeEvent } from "./describe-event.ts";

const tools = {
  t: i18next.t.bind(i18next),
  text: (text: Record<string, string> | undefined) => text?.en ?? "",
  day: (iso: string) => iso.slice(0, 10),
  config: testConfig,
};
const event = (target: string, before: string | null, after: string | null): ActivityEvent => ({
  id: "e",
  at: "2026-11-01T10:00:00Z",
  actor: { kind: "customer" },
  action: "preferences_changed",
  target,
  before,
  after,
});

describe("describeEvent", () => {
  it("names a topic on a channel from the config and the switch in words", () => {
    expect(describeEvent(event("topic:offers:sms", "on", "off"), tools)).toEqual({
      target: "Offers and discounts by Text message (SMS)",
      change: "on → off",
      changeIsData: false,
    });
  });
  it("words a consent's states and a pause's date", () => {
    expect(describeEvent(event("purpose:analytics", "never_asked", "granted"), tools).change).toBe("Not given → Given");
    expect(describeEvent(event("pause", null, "2026-12-24T00:00:00Z"), tools).change).toBe(
      "not paused → until 2026-12-24",
    );
  });
  it("shows a corrected value as the customer's own data", () => {
    expect(describeEvent(event("data:postal_address", "Via 42", "Via 24"), tools)).toEqual({
      target: "Postal address",
      change: "Via 42 → Via 24",
      changeIsData: true,
    });
  });
  it("never shows a machine key it does not know", () => {
    expect(describeEvent(event("session", null, "full"), tools)).toEqual({
      target: null,
      change: null,
      changeIsData: false,
    });
    expect(describeEvent(event("topic:gone:sms", "on", "off"), tools).target).toBeNull();
  });
});
