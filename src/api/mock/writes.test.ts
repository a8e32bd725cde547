import { describe, expect, it } from "vitest";
import type { Preferences } from "../contract/preferences.ts";
import { expectApiError, config, setup, signIn } from "./test-kit.ts";

async function signedIn(email?: string) {
  const context = setup();
  await signIn(context.api, email);
  return context;
}

describe("preferences", () => {
  it("applies changes, moves the version on by one and writes one history event per change", async () => {
    const { api } = await signedIn();
    const before = await api.getPreferences();
    const eventsBefore = (await api.listActivity()).length;
    const after = await api.updatePreferences({
      baseVersion: before.version,
      changes: [
        { kind: "topic", topicId: "surveys", channelId: "email", subscribed: true },
        { kind: "channel", channelId: "push", on: false },
      ],
    });
    expect(after.version).toBe(before.version + 1);
    expect(after.topics.find((t) => t.topicId === "surveys")?.channels.email).toBe(true);
    expect(after.channels.push).toBe(false);
    expect(await api.getPreferences()).toEqual(after);
    const events = await api.listActivity();
    expect(events).toHaveLength(eventsBefore + 2);
    expect(
      events
        .slice(0, 2)
        .map((e) => e.target)
        .toSorted(),
    ).toEqual(["channel:push", "topic:surveys:email"]);
  });

  it("refuses a stale version with the current state", async () => {
    const { api } = await signedIn();
    const before = await api.getPreferences();
    await api.updatePreferences({
      baseVersion: before.version,
      changes: [{ kind: "channel", channelId: "sms", on: false }],
    });
    const error = await expectApiError(
      api.updatePreferences({
        baseVersion: before.version,
        changes: [{ kind: "channel", channelId: "sms", on: true }],
      }),
      "conflict",
      409,
    );
    expect(error.current).toEqual(await api.getPreferences());
    expect((error.current as Preferences).channels.sms).toBe(false);
  });

  it("rejects rule breaks with the field path and changes nothing", async () => {
    const { api } = await signedIn();
    const before = await api.getPreferences();
    const error = await expectApiError(
      api.updatePreferences({
        baseVersion: before.version,
        changes: [
          { kind: "channel", channelId: "sms", on: false },
          { kind: "topic", topicId: "account_notices", channelId: "email", subscribed: false },
        ],
      }),
      "validation",
      400,
    );
    expect(error.fields).toEqual([{ path: "changes.1.topicId", message: expect.stringContaining("service messages") }]);
    expect(await api.getPreferences()).toEqual(before);
    const malformed = await expectApiError(api.updatePreferences({ baseVersion: -1, changes: [] }), "validation");
    expect(malformed.fields.map((f) => f.path).toSorted()).toEqual(["baseVersion", "changes"]);
  });

  it("stops all marketing in one action and leaves service messages on", async () => {
    const { api } = await signedIn("br.customer@example.com");
    const before = await api.getPreferences();
    const after = await api.updatePreferences({
      baseVersion: before.version,
      changes: [{ kind: "stop_all_marketing" }],
    });
    for (const topic of config.topics.filter((t) => t.marketing)) {
      const channels = after.topics.find((t) => t.topicId === topic.id)?.channels ?? {};
      expect(Object.values(channels).every((on) => on === false)).toBe(true);
    }
    expect(after.topics.find((t) => t.topicId === "account_notices")?.channels).toEqual({ email: true, sms: true });
    expect((await api.listActivity())[0]).toMatchObject({ target: "marketing", after: "stopped" });
  });

  it("applies a retried write once", async () => {
    const { api } = await signedIn();
    const before = await api.getPreferences();
    const input = {
      baseVersion: before.version,
      changes: [{ kind: "channel" as const, channelId: "post" as const, on: false }],
    };
    const first = await api.updatePreferences(input, { idempotencyKey: "key-1" });
    const eventsAfterFirst = (await api.listActivity()).length;
    const retry = await api.updatePreferences(input, { idempotencyKey: "key-1" });
    expect(retry).toEqual(first);
    expect((await api.getPreferences()).version).toBe(before.version + 1);
    expect(await api.listActivity()).toHaveLength(eventsAfterFirst);
    const reused = await expectApiError(
      api.updatePreferences({ ...input, baseVersion: first.version }, { idempotencyKey: "key-1" }),
      "validation",
    );
    expect(reused.fields[0]?.path).toBe("Idempotency-Key");
    await expectApiError(api.updatePreferences(input, { idempotencyKey: "bad key" }), "validation");
  });
});

describe("consents", () => {
  it("appends a record with a receipt and answers statuses", async () => {
    const { api, clock } = await signedIn("it.customer@example.com");
    const before = await api.getConsents();
    expect(before.purposes.find((p) => p.purposeId === "ad_remarketing")?.status).toBe("expired");
    clock.advance(1000);
    const after = await api.changeConsent({
      baseVersion: before.version,
      purposeId: "ad_remarketing",
      state: "granted",
      textVersion: "2026-01",
    });
    expect(after.version).toBe(before.version + 1);
    expect(after.records).toHaveLength(before.records.length + 1);
    expect(after.records[0]).toMatchObject({
      purposeId: "ad_remarketing",
      state: "granted",
      method: "privacy_center",
      actor: { kind: "customer" },
      textVersion: "2026-01",
    });
    expect(after.records[0]?.receiptId).toBeTruthy();
    expect(after.purposes.find((p) => p.purposeId === "ad_remarketing")).toMatchObject({
      status: "granted",
      since: clock.now().toISOString(),
    });
    const withdrawn = await api.changeConsent({
      baseVersion: after.version,
      purposeId: "ad_remarketing",
      state: "withdrawn",
      textVersion: "2026-01",
    });
    expect(withdrawn.purposes.find((p) => p.purposeId === "ad_remarketing")?.status).toBe("withdrawn");
    expect((await api.listActivity())[0]).toMatchObject({
      action: "consent_withdrawn",
      target: "purpose:ad_remarketing",
      before: "granted",
      after: "withdrawn",
    });
  });

  it("refuses a stale version with the current consents, and unknown purposes", async () => {
    const { api } = await signedIn();
    const before = await api.getConsents();
    await api.changeConsent({
      baseVersion: before.version,
      purposeId: "analytics",
      state: "granted",
      textVersion: "2026-03",
    });
    const conflict = await expectApiError(
      api.changeConsent({
        baseVersion: before.version,
        purposeId: "analytics",
        state: "withdrawn",
        textVersion: "2026-03",
      }),
      "conflict",
      409,
    );
    expect(conflict.current).toEqual(await api.getConsents());
    const unknown = await expectApiError(
      api.changeConsent({
        baseVersion: before.version + 1,
        purposeId: "mind_reading",
        state: "granted",
        textVersion: "1",
      }),
      "validation",
    );
    expect(unknown.fields[0]?.path).toBe("purposeId");
  });
});
