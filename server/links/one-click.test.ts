import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChannelId } from "../../src/api/contract/common.ts";
import { createHttpApi } from "../../src/api/http/create-http-api.ts";
import type { PrivacyApi } from "../../src/api/privacy-api.ts";
import { signFooterToken } from "../../src/api/rules/footer-token.ts";
import { browserFetch } from "../test-support/cookie-jar.ts";
import { testClock } from "../test-support/clock.ts";
import { startTestServer, type TestServer } from "../test-support/test-server.ts";

const currentKey = "current-link-key-with-at-least-32-characters";
const retiredKey = "retired-link-key-with-at-least-32-characters";
const oneClick = "List-Unsubscribe=One-Click";
const form = { "Content-Type": "application/x-www-form-urlencoded" };

/** Every marketing topic on every channel it is sent by. */
const subscriptions: Array<[string, ChannelId]> = [
  ["newsletter", "email"],
  ["newsletter", "push"],
  ["offers", "email"],
  ["offers", "sms"],
  ["offers", "whatsapp"],
  ["offers", "push"],
  ["offers", "post"],
  ["product_updates", "email"],
  ["product_updates", "push"],
  ["surveys", "email"],
  ["surveys", "phone_call"],
];

const databases: Array<[string, string | null]> = [
  ["SQLite", null],
  ...(process.env.DATABASE_URL ? [["PostgreSQL", process.env.DATABASE_URL] as [string, string]] : []),
];

describe.each(databases)("RFC 8058 one-click over HTTP on %s", (_, databaseUrl) => {
  let server: TestServer;
  let subjectId: string;
  let email: string;
  let customer: PrivacyApi;

  /** A fresh copy of the Brazilian customer with every marketing subscription on. */
  async function subscribedCustomer() {
    const api = createHttpApi({ baseUrl: server.origin, fetch: browserFetch(server.origin) });
    ({ email } = await api.devCreateSubject("br.customer@example.com"));
    const session = await api.devStartSession({ email });
    subjectId = session.subject.id;
    const channels = [...new Set(subscriptions.map(([, channelId]) => channelId))];
    await api.updatePreferences({
      baseVersion: (await api.getPreferences()).version,
      changes: [
        { kind: "pause", until: null },
        ...channels.map((channelId) => ({ kind: "channel" as const, channelId, on: true })),
        ...subscriptions.map(([topicId, channelId]) => ({
          kind: "topic" as const,
          topicId,
          channelId,
          subscribed: true,
        })),
      ],
    });
    customer = api;
  }
  const subscribed = async (topicId: string, channelId: ChannelId) =>
    (await customer.getPreferences()).topics.find((pref) => pref.topicId === topicId)?.channels[channelId];
  const oneClickHistory = async () =>
    (await customer.listActivity()).events.filter((event) => event.actor.kind === "footer_link" && event.actor.via);
  const post = (token: string, init: RequestInit = {}) =>
    fetch(`${server.origin}/u/${token}`, { method: "POST", headers: form, body: oneClick, ...init });

  beforeAll(async () => {
    server = await startTestServer({
      clock: testClock(),
      databaseUrl,
      settings: { linkSigningSecrets: [currentKey, retiredKey] },
    });
  });
  afterAll(() => server?.close());

  it("unsubscribes with no cookie, Origin or CSRF header, answers 200 with an empty body, and a repeat changes nothing", async () => {
    await subscribedCustomer();
    const token = await signFooterToken({ subjectId, topicId: "offers", channelId: "sms" }, currentKey);
    const first = await post(token);
    expect(first.status).toBe(200);
    expect(await first.text()).toBe("");
    expect(first.headers.get("set-cookie")).toBeNull();
    expect(await subscribed("offers", "sms")).toBe(false);
    expect(await subscribed("offers", "email")).toBe(true);

    const second = await post(token);
    expect([second.status, await second.text()]).toEqual([200, ""]);
    expect(await oneClickHistory()).toHaveLength(1);
  });

  it("takes the body as multipart form data too, as RFC 8058 allows", async () => {
    await subscribedCustomer();
    const body = new FormData();
    body.set("List-Unsubscribe", "One-Click");
    const token = await signFooterToken({ subjectId, topicId: "newsletter" }, currentKey);
    expect((await post(token, { headers: {}, body })).status).toBe(200);
    expect([await subscribed("newsletter", "email"), await subscribed("newsletter", "push")]).toEqual([false, false]);
  });

  it("refuses a body far larger than the RFC 8058 one with 413, and changes nothing", async () => {
    await subscribedCustomer();
    const token = await signFooterToken({ subjectId, topicId: "offers", channelId: "sms" }, currentKey);
    const refused = await post(token, { body: `${oneClick}&padding=${"x".repeat(5000)}` });
    expect(refused.status).toBe(413);
    expect(await subscribed("offers", "sms")).toBe(true);
  });

  it("acts on nothing but the exact RFC 8058 body", async () => {
    await subscribedCustomer();
    const token = await signFooterToken({ subjectId }, currentKey);
    for (const init of [
      { body: "" },
      { body: "List-Unsubscribe=Yes" },
      { headers: { "Content-Type": "application/json" }, body: JSON.stringify({ "List-Unsubscribe": "One-Click" }) },
    ]) {
      const response = await post(token, init);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "validation" } });
    }
    expect(await oneClickHistory()).toEqual([]);
  });

  it("accepts a link signed with the retired key and refuses a tampered, foreign or expired one", async () => {
    await subscribedCustomer();
    const tampered = await signFooterToken({ subjectId, topicId: "offers" }, currentKey);
    const bytes = Buffer.from(tampered, "base64url");
    bytes[bytes.length - 1]! ^= 1;
    for (const token of [
      bytes.toString("base64url"),
      await signFooterToken({ subjectId }, "a-key-this-server-never-had-32-chars"),
      await signFooterToken({ subjectId, expiresAt: new Date(0) }, currentKey),
      await signFooterToken({ subjectId: "subj-nobody" }, currentKey),
    ]) {
      const response = await post(token);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "token_invalid" } });
    }
    expect(await oneClickHistory()).toEqual([]);

    const rotated = await signFooterToken({ subjectId, topicId: "surveys", channelId: "email" }, retiredKey);
    expect((await post(rotated)).status).toBe(200);
    expect(await subscribed("surveys", "email")).toBe(false);
  });

  it("records every one of a burst of one-click POSTs for one person, once each", async () => {
    await subscribedCustomer();
    const tokens = await Promise.all(
      subscriptions.map(([topicId, channelId]) => signFooterToken({ subjectId, topicId, channelId }, currentKey)),
    );
    // Each link twice, all at once, as a mail app retrying while the person taps through several lists.
    const responses = await Promise.all([...tokens, ...tokens].map((token) => post(token)));
    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 200));
    const preferences = await customer.getPreferences();
    for (const [topicId, channelId] of subscriptions)
      expect(
        preferences.topics.find((pref) => pref.topicId === topicId)?.channels[channelId],
        `${topicId} by ${channelId}`,
      ).toBe(false);
    const history = await oneClickHistory();
    expect(history.map((event) => event.target).toSorted()).toEqual(
      subscriptions.map(([topicId, channelId]) => `topic:${topicId}:${channelId}`).toSorted(),
    );
  });

  describe("GET /u/{token}", () => {
    it("shows the question with a plain form, in the customer's language, under a strict CSP, and does not act", async () => {
      await subscribedCustomer();
      const token = await signFooterToken({ subjectId, topicId: "offers", channelId: "sms" }, currentKey);
      const response = await fetch(`${server.origin}/u/${token}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      const page = await response.text();
      expect(page).toContain('<html lang="pt-BR">');
      expect(page).toContain("Parar “Ofertas e descontos” por Mensagem de texto (SMS)?");
      expect(page).not.toMatch(/<script|style=/i);
      expect(page).toMatch(
        new RegExp(
          `<form method="post" action="/u/${token}">\\s*<input type="hidden" name="List-Unsubscribe" value="One-Click">`,
        ),
      );
      expect(page).toContain(`href="/p/${token}"`);
      expect(page).toContain('<link rel="stylesheet" href="/u-page.css">');
      const css = await (await fetch(`${server.origin}/u-page.css`)).text();
      expect(css).toContain("background:#1f5f4a");
      expect(await subscribed("offers", "sms")).toBe(true);
      expect(await oneClickHistory()).toEqual([]);
    });

    it("answers the form's POST from a browser with a page saying it is done", async () => {
      await subscribedCustomer();
      const token = await signFooterToken({ subjectId }, currentKey);
      const response = await post(token, { headers: { ...form, "Sec-Fetch-Dest": "document" } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("Inscrição cancelada");
      expect(await subscribed("offers", "email")).toBe(false);
    });

    it("shows a page saying the link does not work, with a 400, for a bad link", async () => {
      const response = await fetch(`${server.origin}/u/not-a-real-link-token-at-all`);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("This link does not work");
    });
  });
});
