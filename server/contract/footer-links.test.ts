import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PreferenceChange, Preferences } from "../../src/api/contract/preferences.ts";
import { isDelivered } from "../../src/api/rules/preferences.ts";
import { demoConfig } from "../../src/api/seed/demo-config.ts";
import { backends, type Backend } from "./backends.ts";
import { customers, failure } from "./helpers.ts";

const topic = (id: string) => demoConfig.topics.find((candidate) => candidate.id === id)!;
const tamper = (token: string) => `${token.slice(0, 10)}${token[10] === "A" ? "B" : "A"}${token.slice(11)}`;

describe.each(backends)("footer links contract: $name", (factory) => {
  let backend: Backend;
  let email: string;

  /** The customer's own view, from a magic-link session in another browser. */
  const customerView = async () => {
    const customer = backend.newBrowser();
    await customer.devStartSession({ email });
    return customer;
  };
  const delivered = (preferences: Preferences, topicId: string, channelId: "email" | "sms" | "push") =>
    isDelivered(preferences, topic(topicId), channelId, backend.clock.now());

  beforeEach(async () => {
    backend = await factory.create();
    ({ email } = await backend.api.devCreateSubject(customers.br));
    // A known starting point: the newsletter and offers on by email, SMS and push.
    const customer = await customerView();
    const changes: PreferenceChange[] = [
      { kind: "pause", until: null },
      ...(["email", "sms", "push"] as const).map((channelId) => ({ kind: "channel" as const, channelId, on: true })),
      { kind: "topic", topicId: "newsletter", channelId: "email", subscribed: true },
      { kind: "topic", topicId: "newsletter", channelId: "push", subscribed: true },
      { kind: "topic", topicId: "offers", channelId: "email", subscribed: true },
      { kind: "topic", topicId: "offers", channelId: "sms", subscribed: true },
    ];
    await customer.updatePreferences({ baseVersion: (await customer.getPreferences()).version, changes });
  });
  afterEach(() => backend.close());

  describe("the preferences link", () => {
    it("opens preferences only, names what it is about, and changes nothing", async () => {
      const { api } = backend;
      const before = await (await customerView()).getPreferences();
      const link = await api.devMintFooterLink({ email, topicId: "newsletter", channelId: "email" });
      const opened = await api.startFooterSession(link.token);
      expect(opened.session).toMatchObject({ scope: "preferences", subject: { email } });
      expect(opened.target).toEqual({ topicId: "newsletter", channelId: "email" });
      expect(await api.getPreferences()).toEqual(before);
      for (const call of [() => api.getData(), () => api.listRequests(), () => api.listActivity()])
        expect(await failure(call())).toMatchObject({ code: "forbidden", status: 403 });
    });

    it("records what is changed through it as the footer link", async () => {
      const { api } = backend;
      await api.startFooterSession((await api.devMintFooterLink({ email, topicId: "offers" })).token);
      const current = await api.getPreferences();
      await api.updatePreferences({
        baseVersion: current.version,
        changes: [{ kind: "topic", topicId: "offers", channelId: "sms", subscribed: false }],
      });
      const history = (await (await customerView()).listActivity()).events;
      expect(history.find((event) => event.target === "topic:offers:sms")).toMatchObject({
        action: "preferences_changed",
        actor: { kind: "footer_link" },
      });
    });

    it("refuses a tampered or expired link and opens no session", async () => {
      const { api } = backend;
      const link = await api.devMintFooterLink({ email, expiresInSeconds: 3600 });
      expect(await failure(api.startFooterSession(tamper(link.token)))).toMatchObject({
        code: "token_invalid",
        status: 400,
      });
      backend.clock.advance(3601_000);
      expect(await failure(api.startFooterSession(link.token))).toMatchObject({ code: "token_invalid" });
      expect(await api.getSession()).toBeNull();
    });
  });

  describe("one-click unsubscribe", () => {
    it("stops the topic on the channel the link names, once, in history as the email footer (one-click)", async () => {
      const { api } = backend;
      const link = await api.devMintFooterLink({ email, topicId: "newsletter", channelId: "email" });
      await api.oneClickUnsubscribe(link.token);
      const customer = await customerView();
      const after = await customer.getPreferences();
      expect(delivered(after, "newsletter", "email")).toBe(false);
      expect(delivered(after, "newsletter", "push")).toBe(true);
      expect(delivered(after, "offers", "email")).toBe(true);
      const oneClicks = async () =>
        (await customer.listActivity()).events.filter((event) => event.actor.kind === "footer_link" && event.actor.via);
      expect(await oneClicks()).toEqual([
        expect.objectContaining({
          action: "preferences_changed",
          target: "topic:newsletter:email",
          before: "on",
          after: "off",
          actor: { kind: "footer_link", via: "one_click" },
        }),
      ]);

      await api.oneClickUnsubscribe(link.token);
      expect(await customer.getPreferences()).toEqual(after);
      expect(await oneClicks()).toHaveLength(1);
    });

    it("stops a whole channel, or all marketing", async () => {
      const { api } = backend;
      await api.oneClickUnsubscribe((await api.devMintFooterLink({ email, channelId: "sms" })).token);
      let after = await (await customerView()).getPreferences();
      expect(delivered(after, "offers", "sms")).toBe(false);
      expect(delivered(after, "offers", "email")).toBe(true);

      await api.oneClickUnsubscribe((await api.devMintFooterLink({ email })).token);
      after = await (await customerView()).getPreferences();
      for (const [topicId, channelId] of [
        ["newsletter", "email"],
        ["newsletter", "push"],
        ["offers", "email"],
      ] as const)
        expect(delivered(after, topicId, channelId), `${topicId} by ${channelId}`).toBe(false);
    });

    it("refuses a tampered, expired or foreign link and changes nothing", async () => {
      const { api } = backend;
      const before = await (await customerView()).getPreferences();
      const link = await api.devMintFooterLink({ email, expiresInSeconds: 60 });
      expect(await failure(api.oneClickUnsubscribe(tamper(link.token)))).toMatchObject({ code: "token_invalid" });
      backend.clock.advance(61_000);
      expect(await failure(api.oneClickUnsubscribe(link.token))).toMatchObject({ code: "token_invalid" });
      expect(await (await customerView()).getPreferences()).toEqual(before);
    });
  });
});
