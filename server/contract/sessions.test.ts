import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrivacyApi } from "../../src/api/privacy-api.ts";
import { sessionLifetimes } from "../../src/api/rules/sessions.ts";
import { backends, type Backend } from "./backends.ts";
import { customers, failure } from "./helpers.ts";

const minutes = (count: number) => count * 60_000;
const readOnly = {
  kind: "support",
  agentName: "Sam Reyes",
  reason: "Customer called about SMS",
  mode: "read_only",
} as const;
const acting = { kind: "support", agentName: "Sam Reyes", reason: "Asked by phone to withdraw", mode: "act" } as const;

/** Every call a full session may make and a footer-link session may not. */
const fullOnly: Array<[string, (api: PrivacyApi) => Promise<unknown>]> = [
  ["getConsents", (api) => api.getConsents()],
  [
    "changeConsent",
    (api) => api.changeConsent({ baseVersion: 0, purposeId: "analytics", state: "granted", textVersion: "2026-03" }),
  ],
  ["getData", (api) => api.getData()],
  ["listRequests", (api) => api.listRequests()],
  ["createRequest", (api) => api.createRequest({ type: "access" })],
  ["getRequest", (api) => api.getRequest("req-none")],
  ["cancelRequest", (api) => api.cancelRequest("req-none", { baseVersion: 0 })],
  ["listActivity", (api) => api.listActivity()],
];

describe.each(backends)("session kinds contract: $name", (factory) => {
  let backend: Backend;
  let email: string;
  beforeEach(async () => {
    backend = await factory.create();
    ({ email } = await backend.api.devCreateSubject(customers.ca));
  });
  afterEach(() => backend.close());

  /** What the customer sees afterwards, from a magic-link session of their own. */
  const historySeenByCustomer = async () => {
    const customer = backend.newBrowser();
    await customer.devStartSession({ email });
    return (await customer.listActivity()).events;
  };

  it("gives each test a customer of its own, with the template's story", async () => {
    const { api } = backend;
    expect(email).not.toBe(customers.ca);
    const session = await api.devStartSession({ email });
    expect(session).toMatchObject({ scope: "full", actor: { kind: "customer" }, subject: { email } });
    const template = backend.newBrowser();
    await template.devStartSession({ email: customers.ca });
    expect((await api.getData()).items.map((item) => item.field)).toEqual(
      (await template.getData()).items.map((item) => item.field),
    );
    await api.createRequest({ type: "access" });
    expect((await template.listRequests()).length).toBe((await api.listRequests()).length - 1);
  });

  describe("footer link (preferences only)", () => {
    it.each(fullOnly)("%s is closed to it", async (_, call) => {
      await backend.api.devStartSession({ email, scope: "preferences" });
      expect(await failure(call(backend.api))).toMatchObject({ code: "forbidden", status: 403 });
    });

    it("changes preferences, recorded as the footer link", async () => {
      const { api } = backend;
      await api.devStartSession({ email, scope: "preferences" });
      const before = await api.getPreferences();
      await api.updatePreferences({ baseVersion: before.version, changes: [{ kind: "stop_all_marketing" }] });
      expect((await historySeenByCustomer())[1]).toMatchObject({
        action: "preferences_changed",
        actor: { kind: "footer_link" },
      });
    });
  });

  describe("support", () => {
    it("read-only looks but never writes, and the customer sees the access", async () => {
      const { api } = backend;
      const session = await api.devStartSession({ email, actor: readOnly });
      expect(session.actor).toEqual(readOnly);
      expect((await api.getData()).items.length).toBeGreaterThan(0);
      const prefs = await api.getPreferences();
      const refused = await failure(
        api.updatePreferences({ baseVersion: prefs.version, changes: [{ kind: "stop_all_marketing" }] }),
      );
      expect(refused).toMatchObject({ code: "forbidden", status: 403 });
      expect((await api.getPreferences()).version).toBe(prefs.version);
      expect((await historySeenByCustomer())[1]).toMatchObject({
        action: "support_access",
        actor: { kind: "support", agentName: "Sam Reyes", reason: readOnly.reason },
        after: "read_only",
      });
    });

    it("acting records the agent and the reason on every change", async () => {
      const { api } = backend;
      await api.devStartSession({ email, actor: acting });
      const consents = await api.changeConsent(
        {
          baseVersion: (await api.getConsents()).version,
          purposeId: "analytics",
          state: "withdrawn",
          textVersion: "2026-03",
        },
        { reason: "Customer asked to stop analytics" },
      );
      expect(consents.record).toMatchObject({
        method: "support",
        actor: { kind: "support", agentName: "Sam Reyes", reason: "Customer asked to stop analytics" },
      });
      expect(consents.record.id).toMatch(/^consent_/);
      expect(consents.record.receiptId).toMatch(/^rcpt_/);
      expect((await api.getConsents()).records[0]).toEqual(consents.record);
    });

    it("signing out is recorded as the agent, not the customer", async () => {
      await backend.api.devStartSession({ email, actor: readOnly });
      await backend.api.signOut();
      expect((await historySeenByCustomer())[1]).toMatchObject({
        action: "signed_out",
        actor: { kind: "support", agentName: "Sam Reyes" },
      });
    });

    it("says its end cannot move: the idle and the absolute end are one", async () => {
      const { api, clock } = backend;
      const session = await api.devStartSession({ email, actor: readOnly });
      clock.advance(minutes(10));
      await api.getPreferences();
      const end = new Date(new Date(session.createdAt).getTime() + minutes(30)).toISOString();
      expect(await api.getSessionExpiry()).toEqual({ expiresAt: end, absoluteExpiresAt: end });
    });

    it("ends 30 minutes after it opened, however busy", async () => {
      const { api, clock } = backend;
      const session = await api.devStartSession({ email, actor: readOnly });
      expect(new Date(session.expiresAt).getTime() - new Date(session.createdAt).getTime()).toBe(minutes(30));
      for (let step = 0; step < 5; step += 1) {
        clock.advance(minutes(5));
        await api.getPreferences();
      }
      clock.advance(minutes(5) + 1);
      expect(await api.getSession()).toBeNull();
      expect(await failure(api.getPreferences())).toMatchObject({ code: "unauthorized" });
    });
  });

  describe("customer session lifetime", () => {
    it("ends after 30 idle minutes", async () => {
      const { api, clock } = backend;
      const session = await api.devStartSession({ email });
      expect(new Date(session.expiresAt).getTime() - new Date(session.createdAt).getTime()).toBe(
        sessionLifetimes.customer.idleMs,
      );
      clock.advance(minutes(29));
      expect(await api.getSession()).not.toBeNull();
      clock.advance(minutes(30) + 1);
      expect(await api.getSession()).toBeNull();
    });

    it("tells when it ends without counting the asking as activity", async () => {
      const { api, clock } = backend;
      expect(await api.getSessionExpiry()).toBeNull();
      const session = await api.devStartSession({ email });
      const startedAt = new Date(session.createdAt).getTime();
      const ends = {
        expiresAt: new Date(startedAt + minutes(30)).toISOString(),
        absoluteExpiresAt: new Date(startedAt + minutes(12 * 60)).toISOString(),
      };
      expect(await api.getSessionExpiry()).toEqual(ends);
      clock.advance(minutes(29));
      expect(await api.getSessionExpiry()).toEqual(ends);
      clock.advance(minutes(1) + 1);
      expect(await api.getSessionExpiry()).toBeNull();
      expect(await api.getSession()).toBeNull();
    });

    it("staying signed in (reading the session) moves the idle end, not the absolute one", async () => {
      const { api, clock } = backend;
      const session = await api.devStartSession({ email });
      clock.advance(minutes(28));
      const stayed = await api.getSession();
      const idleEnd = new Date(clock.now().getTime() + minutes(30)).toISOString();
      expect(stayed?.expiresAt).toBe(idleEnd);
      expect(await api.getSessionExpiry()).toEqual({
        expiresAt: idleEnd,
        absoluteExpiresAt: new Date(new Date(session.createdAt).getTime() + minutes(12 * 60)).toISOString(),
      });
    });

    it("stays alive while used, up to 12 hours", async () => {
      const { api, clock } = backend;
      await api.devStartSession({ email });
      for (let hour = 0; hour < 12 * 3 - 1; hour += 1) {
        clock.advance(minutes(20));
        expect(await api.getSession(), `after ${(hour + 1) * 20} minutes`).not.toBeNull();
      }
      clock.advance(minutes(20));
      expect(await api.getSession()).toBeNull();
    });
  });
});
