import { describe, expect, it } from "vitest";
import type { Preferences } from "../contract/preferences.ts";
import { demoConfig } from "../seed/demo-config.ts";
import { preferenceCatalog } from "./catalog.ts";
import { checkFooterTarget, unsubscribeChanges } from "./footer-links.ts";
import { applyDescribedPreferenceChanges, initialPreferences } from "./preferences.ts";
import { RuleError } from "./rule-error.ts";

const catalog = preferenceCatalog(demoConfig);
const subscribedTo = (pairs: Array<[string, "email" | "sms" | "push"]>): Preferences =>
  applyDescribedPreferenceChanges(
    initialPreferences(catalog),
    pairs.map(([topicId, channelId]) => ({ kind: "topic", topicId, channelId, subscribed: true })),
    catalog,
    { checkContacts: false },
  ).next;

/** The field a refusal names, or null when it was accepted. */
function fieldOf(run: () => void) {
  try {
    run();
  } catch (error) {
    return (error as RuleError).fields?.[0]?.path;
  }
  return null;
}

describe("what a footer link's unsubscribe stops", () => {
  const state = subscribedTo([
    ["newsletter", "email"],
    ["newsletter", "push"],
    ["offers", "sms"],
  ]);

  it("a topic on one channel, or on every channel it is on", () => {
    expect(unsubscribeChanges(state, { topicId: "newsletter", channelId: "email" }, catalog)).toEqual([
      { kind: "topic", topicId: "newsletter", channelId: "email", subscribed: false },
    ]);
    expect(unsubscribeChanges(state, { topicId: "newsletter" }, catalog)).toEqual([
      { kind: "topic", topicId: "newsletter", channelId: "email", subscribed: false },
      { kind: "topic", topicId: "newsletter", channelId: "push", subscribed: false },
    ]);
  });

  it("a whole channel, or all marketing", () => {
    expect(unsubscribeChanges(state, { channelId: "sms" }, catalog)).toEqual([
      { kind: "channel", channelId: "sms", on: false },
    ]);
    expect(unsubscribeChanges(state, {}, catalog)).toEqual([{ kind: "stop_all_marketing" }]);
  });

  it("nothing at all when it is already off, so a repeat writes nothing", () => {
    const none = initialPreferences(catalog);
    expect(unsubscribeChanges(none, { topicId: "offers", channelId: "email" }, catalog)).toEqual([]);
    expect(unsubscribeChanges(none, {}, catalog)).toEqual([]);
    const smsOff = { ...state, channels: { ...state.channels, sms: false } };
    expect(unsubscribeChanges(smsOff, { channelId: "sms" }, catalog)).toEqual([]);
  });

  it("refuses a topic the config no longer offers, or a service topic", () => {
    expect(() => unsubscribeChanges(state, { topicId: "gone" }, catalog)).toThrow(RuleError);
    expect(() => unsubscribeChanges(state, { topicId: "account_notices" }, catalog)).toThrow(/no longer offered/);
  });

  it("is checked when minted, naming the flag or field that is wrong", () => {
    expect(fieldOf(() => checkFooterTarget({ topicId: "offers", channelId: "sms" }, catalog))).toBeNull();
    expect(fieldOf(() => checkFooterTarget({ topicId: "nope" }, catalog))).toBe("topic");
    expect(fieldOf(() => checkFooterTarget({ topicId: "account_notices" }, catalog))).toBe("topic");
    expect(fieldOf(() => checkFooterTarget({ topicId: "newsletter", channelId: "sms" }, catalog))).toBe("channel");
  });
});
