import { describe, expect, it } from "vitest";
import { operatorConfigSchema } from "../contract/operator-config.ts";
import rawConfig from "../../../public/privacy-center.config.json" with { type: "json" };
import { preferenceCatalog } from "./catalog.ts";
import { initialPreferences } from "./preferences.ts";

const config = operatorConfigSchema.parse(rawConfig);

describe("preferenceCatalog", () => {
  it("offers only the enabled channels", () => {
    const withoutPost = {
      ...config,
      channels: config.channels.map((channel) => (channel.id === "post" ? { ...channel, enabled: false } : channel)),
    };
    const catalog = preferenceCatalog(withoutPost);
    expect(catalog.channelIds).toEqual(["email", "sms", "whatsapp", "phone_call", "push", "social_dm"]);
    expect(catalog.topics.map((topic) => topic.id)).toEqual(config.topics.map((topic) => topic.id));
  });
  it("drops disabled channels from topics, so new preferences never mention them", () => {
    const withDisabledSms = {
      ...config,
      channels: config.channels.map((channel) => (channel.id === "sms" ? { ...channel, enabled: false } : channel)),
    };
    const catalog = preferenceCatalog(withDisabledSms);
    expect(catalog.topics.find((topic) => topic.id === "offers")?.channels).not.toContain("sms");
    const initial = initialPreferences(catalog);
    expect(initial.channels.sms).toBeUndefined();
    expect(initial.topics.find((pref) => pref.topicId === "account_notices")?.channels).toEqual({ email: true });
  });
});
