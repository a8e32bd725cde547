import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dueDate } from "../../src/api/rules/due-dates.ts";
import { demoConfig } from "../../src/api/seed/demo-config.ts";
import { backends, type Backend } from "./backends.ts";
import { customers, failure, signIn } from "./helpers.ts";

const offersByEmail = (on: boolean) => ({
  kind: "topic" as const,
  topicId: "offers",
  channelId: "email" as const,
  subscribed: on,
});

describe.each(backends)("customer resources contract: $name", (factory) => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await factory.create();
    await signIn(backend.api, customers.br);
  });
  afterEach(() => backend.close());

  describe("preferences", () => {
    it("reads and updates, moving the version on by one", async () => {
      const { api } = backend;
      const before = await api.getPreferences();
      const offers = before.topics.find((topic) => topic.topicId === "offers")!;
      const after = await api.updatePreferences({
        baseVersion: before.version,
        changes: [offersByEmail(!offers.channels.email)],
      });
      expect(after.version).toBe(before.version + 1);
      expect(after.topics.find((topic) => topic.topicId === "offers")!.channels.email).toBe(!offers.channels.email);
      expect(await api.getPreferences()).toEqual(after);
    });

    it("refuses a stale version with 409 and the current state", async () => {
      const { api } = backend;
      const base = await api.getPreferences();
      const latest = await api.updatePreferences({ baseVersion: base.version, changes: [offersByEmail(true)] });
      const error = await failure(
        api.updatePreferences({ baseVersion: base.version, changes: [offersByEmail(false)] }),
      );
      expect(error).toMatchObject({ code: "conflict", status: 409 });
      expect(error.current).toEqual(latest);
      expect(await api.getPreferences()).toEqual(latest);
    });

    it("applies a retried write once", async () => {
      const { api } = backend;
      const base = await api.getPreferences();
      const update = { baseVersion: base.version, changes: [{ kind: "stop_all_marketing" as const }] };
      const first = await api.updatePreferences(update, { idempotencyKey: "retry-1" });
      const again = await api.updatePreferences(update, { idempotencyKey: "retry-1" });
      expect(again).toEqual(first);
      expect((await api.getPreferences()).version).toBe(base.version + 1);
      const marketingEvents = (await api.listActivity()).events.filter((event) => event.target === "marketing");
      expect(marketingEvents).toHaveLength(1);
    });

    it("refuses the same idempotency key for a different write", async () => {
      const { api } = backend;
      const base = await api.getPreferences();
      await api.updatePreferences(
        { baseVersion: base.version, changes: [offersByEmail(true)] },
        { idempotencyKey: "k-2" },
      );
      const error = await failure(
        api.updatePreferences(
          { baseVersion: base.version + 1, changes: [offersByEmail(false)] },
          { idempotencyKey: "k-2" },
        ),
      );
      expect(error.code).toBe("validation");
      expect(error.fields.map((field) => field.path)).toEqual(["Idempotency-Key"]);
    });

    it("names the field of a change the rules refuse, and changes nothing", async () => {
      const { api } = backend;
      const base = await api.getPreferences();
      const unknown = await failure(
        api.updatePreferences({
          baseVersion: base.version,
          changes: [
            offersByEmail(true),
            { kind: "topic", topicId: "horoscopes", channelId: "email", subscribed: true },
          ],
        }),
      );
      expect(unknown).toMatchObject({ code: "validation", status: 400 });
      expect(unknown.fields.map((field) => field.path)).toEqual(["changes.1.topicId"]);
      const required = await failure(
        api.updatePreferences({
          baseVersion: base.version,
          changes: [{ kind: "topic", topicId: "account_notices", channelId: "email", subscribed: false }],
        }),
      );
      expect(required.fields.map((field) => field.path)).toEqual(["changes.0.topicId"]);
      expect(await api.getPreferences()).toEqual(base);
    });

    it("stops all marketing in one action and leaves service messages on", async () => {
      const { api } = backend;
      const before = await api.getPreferences();
      const after = await api.updatePreferences({
        baseVersion: before.version,
        changes: [{ kind: "stop_all_marketing" }],
      });
      for (const topic of demoConfig.topics.filter((candidate) => candidate.marketing)) {
        const channels = after.topics.find((pref) => pref.topicId === topic.id)?.channels ?? {};
        expect({ topic: topic.id, on: Object.values(channels).filter(Boolean) }).toEqual({ topic: topic.id, on: [] });
      }
      const service = demoConfig.topics.find((topic) => topic.required)!;
      const serviceChannels = after.topics.find((pref) => pref.topicId === service.id)?.channels ?? {};
      expect(Object.values(serviceChannels).every((on) => on === true)).toBe(true);
      expect((await api.listActivity()).events[0]).toMatchObject({ target: "marketing", after: "stopped" });
    });

    it("says how each channel reaches the customer, masked, and refuses a channel with no contact point", async () => {
      const italian = backend.newBrowser();
      const { email } = await italian.devCreateSubject(customers.it);
      await italian.devStartSession({ email });
      const before = await italian.getPreferences();
      expect(before.contacts.email).toMatch(/^i•••@example\.com$/);
      expect(before.contacts.sms).toBe("•••• 4590");
      expect(before.contacts.push).toBeUndefined();
      const refused = await failure(
        italian.updatePreferences({
          baseVersion: before.version,
          changes: [{ kind: "topic", topicId: "newsletter", channelId: "push", subscribed: true }],
        }),
      );
      expect(refused).toMatchObject({ code: "validation", status: 400 });
      expect(refused.fields.map((field) => field.path)).toEqual(["changes.0.channelId"]);
      const off = await italian.updatePreferences({
        baseVersion: before.version,
        changes: [{ kind: "channel", channelId: "push", on: false }],
      });
      expect(off.channels.push).toBe(false);
      expect(off.contacts).toEqual(before.contacts);
    });

    it("keeps quiet hours in the customer's time zone and records them in words", async () => {
      const { api } = backend;
      const before = await api.getPreferences();
      expect(before.quietHours).toBeNull();
      const quietHours = { notBefore: "09:00", notAfter: "20:00", timeZone: "America/Sao_Paulo" };
      const after = await api.updatePreferences({
        baseVersion: before.version,
        changes: [{ kind: "quiet_hours", quietHours }],
      });
      expect(after.quietHours).toEqual(quietHours);
      expect(await api.getPreferences()).toEqual(after);
      expect((await api.listActivity()).events[0]).toMatchObject({
        target: "quiet_hours",
        before: null,
        after: "09:00–20:00 America/Sao_Paulo",
      });
      const bad = await failure(
        api.updatePreferences({
          baseVersion: after.version,
          changes: [
            { kind: "quiet_hours", quietHours: { notBefore: "25:00", notAfter: "20:00", timeZone: "Mars/Olympus" } },
          ],
        }),
      );
      expect(bad.fields.map((field) => field.path).toSorted()).toEqual([
        "changes.0.quietHours.notBefore",
        "changes.0.quietHours.timeZone",
      ]);
    });

    it("records why marketing was stopped only when told, in the customer's own history", async () => {
      const { api } = backend;
      await api.sendOptOutFeedback({ reason: "too_many" });
      expect((await api.listActivity()).events[0]).toMatchObject({
        action: "opt_out_feedback",
        target: "marketing",
        after: "too_many",
        actor: { kind: "customer" },
      });
      const bad = await failure(api.sendOptOutFeedback({ reason: "because" as "other" }));
      expect(bad.fields.map((field) => field.path)).toEqual(["reason"]);
    });

    it("validates the shape of a write against the contract", async () => {
      const { api } = backend;
      const error = await failure(api.updatePreferences({ baseVersion: -1, changes: [] }));
      expect(error.code).toBe("validation");
      expect(error.fields.map((field) => field.path).toSorted()).toEqual(["baseVersion", "changes"]);
    });
  });

  describe("consents", () => {
    it("appends a record for each grant and withdrawal", async () => {
      const { api, clock } = backend;
      const before = await api.getConsents();
      const granted = await api.changeConsent({
        baseVersion: before.version,
        purposeId: "partner_sharing",
        state: "granted",
        textVersion: "2025-06",
      });
      expect(granted.version).toBe(before.version + 1);
      expect(granted.record).toMatchObject({
        purposeId: "partner_sharing",
        state: "granted",
        method: "privacy_center",
        textVersion: "2025-06",
        actor: { kind: "customer" },
      });
      expect(granted.purposes.find((purpose) => purpose.purposeId === "partner_sharing")!.status).toBe("granted");
      clock.advance(1000);
      const withdrawn = await api.changeConsent({
        baseVersion: granted.version,
        purposeId: "partner_sharing",
        state: "withdrawn",
        textVersion: "2025-06",
      });
      expect(withdrawn.purposes.find((purpose) => purpose.purposeId === "partner_sharing")!.status).toBe("withdrawn");
      expect(withdrawn.version).toBe(granted.version + 1);
      expect(await api.getConsents()).toEqual({
        version: withdrawn.version,
        purposes: withdrawn.purposes,
        records: [withdrawn.record, granted.record, ...before.records],
      });
    });

    it("refuses a stale version and an unknown purpose", async () => {
      const { api } = backend;
      const base = await api.getConsents();
      const latest = await api.changeConsent({
        baseVersion: base.version,
        purposeId: "analytics",
        state: "withdrawn",
        textVersion: "2026-03",
      });
      const stale = await failure(
        api.changeConsent({
          baseVersion: base.version,
          purposeId: "analytics",
          state: "granted",
          textVersion: "2026-03",
        }),
      );
      // A conflict answers with everything, as a read would: the record the other write made among them.
      expect(stale).toMatchObject({ code: "conflict", current: await api.getConsents() });
      expect((await api.getConsents()).records[0]).toEqual(latest.record);
      const unknown = await failure(
        api.changeConsent({
          baseVersion: latest.version,
          purposeId: "mind_reading",
          state: "granted",
          textVersion: "1",
        }),
      );
      expect(unknown.fields.map((field) => field.path)).toEqual(["purposeId"]);
    });

    it("refuses a text version the customer was not shown, and records nothing", async () => {
      const { api } = backend;
      const base = await api.getConsents();
      const error = await failure(
        api.changeConsent({
          baseVersion: base.version,
          purposeId: "analytics",
          state: "granted",
          textVersion: "2019-01",
        }),
      );
      expect(error).toMatchObject({ code: "validation", status: 400 });
      expect(error.fields.map((field) => field.path)).toEqual(["textVersion"]);
      expect(await api.getConsents()).toEqual(base);
    });
  });

  describe("data", () => {
    it("shows the signed-in subject's data and nobody else's", async () => {
      const { api } = backend;
      const mine = await api.getData();
      expect(mine.items.find((item) => item.field === "email")?.value).toBe(customers.br);
      const others = Object.values(customers).filter((email) => email !== customers.br);
      expect(mine.items.some((item) => others.includes(item.value as (typeof others)[number]))).toBe(false);
      await signIn(api, customers.it);
      expect((await api.getData()).items.find((item) => item.field === "email")?.value).toBe(customers.it);
    });
  });

  describe("requests", () => {
    it("files a request due by the subject's jurisdiction, and lists it", async () => {
      const { api, clock } = backend;
      const created = await api.createRequest({
        type: "deletion",
        scope: ["behavioural"],
        details: "Please erase my browsing history.",
      });
      expect(created).toMatchObject({ type: "deletion", status: "received", scope: ["behavioural"], extension: null });
      expect(created.createdAt).toBe(clock.now().toISOString());
      expect(created.dueAt).toBe(dueDate("BR", "deletion", clock.now()).toISOString());
      expect(created.timeline).toEqual([{ at: created.createdAt, status: "received" }]);
      expect(await api.getRequest(created.id)).toEqual(created);
      expect((await api.listRequests())[0]).toEqual(created);
    });

    it("applies a retried create once", async () => {
      const { api } = backend;
      const count = (await api.listRequests()).length;
      const first = await api.createRequest({ type: "access" }, { idempotencyKey: "file-once" });
      const again = await api.createRequest({ type: "access" }, { idempotencyKey: "file-once" });
      expect(again).toEqual(first);
      expect(await api.listRequests()).toHaveLength(count + 1);
    });

    it("cancels an open request once, by version", async () => {
      const { api, clock } = backend;
      const created = await api.createRequest({ type: "access" });
      clock.advance(60_000);
      const cancelled = await api.cancelRequest(created.id, { baseVersion: created.version });
      expect(cancelled).toMatchObject({ status: "cancelled", version: created.version + 1 });
      expect(cancelled.timeline.at(-1)).toEqual({ at: clock.now().toISOString(), status: "cancelled" });
      expect(await failure(api.cancelRequest(created.id, { baseVersion: created.version }))).toMatchObject({
        code: "conflict",
        current: cancelled,
      });
      expect(await failure(api.cancelRequest(created.id, { baseVersion: cancelled.version }))).toMatchObject({
        code: "conflict",
        status: 409,
      });
    });

    it("refuses to cancel a closed request, answering with its state", async () => {
      const { api } = backend;
      const completed = (await api.listRequests()).find((request) => request.status === "completed");
      expect(completed, "the seed has a completed request").toBeDefined();
      expect(await failure(api.cancelRequest(completed!.id, { baseVersion: completed!.version }))).toMatchObject({
        code: "conflict",
        current: completed,
      });
    });

    it("answers another subject's request id with not_found", async () => {
      const { api } = backend;
      const theirs = await api.createRequest({ type: "access" });
      await signIn(api, customers.it);
      expect(await failure(api.getRequest(theirs.id))).toMatchObject({ code: "not_found", status: 404 });
      expect(await failure(api.cancelRequest(theirs.id, { baseVersion: theirs.version }))).toMatchObject({
        code: "not_found",
      });
      expect((await api.listRequests()).some((request) => request.id === theirs.id)).toBe(false);
      expect(await failure(api.getRequest("no-such-request"))).toMatchObject({ code: "not_found" });
    });
  });

  describe("activity", () => {
    it("records each change, newest first, with who made it", async () => {
      const { api, clock } = backend;
      const prefs = await api.getPreferences();
      clock.advance(1000);
      await api.updatePreferences({
        baseVersion: prefs.version,
        changes: [{ kind: "channel", channelId: "post", on: false }],
      });
      clock.advance(1000);
      const consents = await api.getConsents();
      await api.changeConsent({
        baseVersion: consents.version,
        purposeId: "ad_remarketing",
        state: "withdrawn",
        textVersion: "2026-01",
      });
      clock.advance(1000);
      const request = await api.createRequest({ type: "objection" });
      const [created, consent, preference] = (await api.listActivity()).events;
      expect(created).toMatchObject({
        action: "request_created",
        target: `request:${request.id}`,
        actor: { kind: "customer" },
      });
      expect(consent).toMatchObject({
        action: "consent_withdrawn",
        target: "purpose:ad_remarketing",
        after: "withdrawn",
      });
      expect(preference).toMatchObject({
        action: "preferences_changed",
        target: "channel:post",
        before: "on",
        after: "off",
      });
    });
  });
});
