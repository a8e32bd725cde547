import { describe, expect, it } from "vitest";
import type { Preferences } from "../contract/preferences.ts";
import { actorOf, consentMethodOf, describePreferenceChange } from "./activity.ts";

const state: Preferences = {
  version: 2,
  channels: { email: true, sms: false },
  topics: [{ topicId: "offers", channels: { email: true }, frequency: "weekly" }],
  pausedUntil: null,
  quietHours: null,
  contacts: {},
};

describe("actorOf / consentMethodOf", () => {
  it("names footer-link sessions as the footer link", () => {
    const session = { scope: "preferences", actor: { kind: "customer" } } as const;
    expect(actorOf(session)).toEqual({ kind: "footer_link" });
    expect(consentMethodOf(session)).toBe("footer_link");
  });
  it("names the agent and reason for support", () => {
    const session = {
      scope: "full",
      actor: { kind: "support", agentName: "Ana", reason: "Phone call", mode: "act" },
    } as const;
    expect(actorOf(session)).toEqual({ kind: "support", agentName: "Ana", reason: "Phone call" });
    expect(consentMethodOf(session)).toBe("support");
  });
  it("names the customer otherwise", () => {
    const session = { scope: "full", actor: { kind: "customer" } } as const;
    expect(actorOf(session)).toEqual({ kind: "customer" });
    expect(consentMethodOf(session)).toBe("privacy_center");
  });
});

describe("describePreferenceChange", () => {
  it("describes each kind against the state before", () => {
    expect(describePreferenceChange(state, { kind: "channel", channelId: "sms", on: true })).toEqual({
      target: "channel:sms",
      before: "off",
      after: "on",
    });
    expect(
      describePreferenceChange(state, { kind: "topic", topicId: "offers", channelId: "email", subscribed: false }),
    ).toEqual({
      target: "topic:offers:email",
      before: "on",
      after: "off",
    });
    expect(describePreferenceChange(state, { kind: "frequency", topicId: "offers", frequency: "immediate" })).toEqual({
      target: "frequency:offers",
      before: "weekly",
      after: "immediate",
    });
    expect(describePreferenceChange(state, { kind: "pause", until: "2026-05-01T00:00:00.000Z" }).after).toBe(
      "2026-05-01T00:00:00.000Z",
    );
    expect(describePreferenceChange(state, { kind: "stop_all_marketing" })).toEqual({
      target: "marketing",
      before: null,
      after: "stopped",
    });
  });
});
