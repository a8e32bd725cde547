import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActivityEvent } from "../../src/api/contract/activity.ts";
import type { PrivacyApi } from "../../src/api/privacy-api.ts";
import { renewalGraceDays } from "../../src/api/rules/retention.ts";
import { backends, type Backend } from "./backends.ts";
import { customers } from "./helpers.ts";

const dayMs = 86_400_000;

/** Days pass; the customer signs in again (sessions do not outlive them) and the scheduled pass runs. */
async function later(backend: Backend, email: string, days: number): Promise<PrivacyApi> {
  backend.clock.advance(days * dayMs);
  await backend.api.devRunRetention();
  await backend.api.devStartSession({ email });
  return backend.api;
}

const retentionEvents = (events: ActivityEvent[]) =>
  events.filter((event) => ["data_deleted", "data_anonymised", "consent_renewal_requested"].includes(event.action));

describe.each(backends)("retention contract: $name", (factory) => {
  let backend: Backend;
  let email: string;
  beforeEach(async () => {
    backend = await factory.create();
    ({ email } = await backend.api.devCreateSubject(customers.ca));
  });
  afterEach(() => backend.close());

  it("anonymises transaction data past its end, once, and says so in the history by the system", async () => {
    const api = await later(backend, email, 0);
    const fields = (await api.getData()).items.map((item) => item.field);
    expect(fields).not.toContain("old_orders");
    expect(fields).toContain("purchase_history");
    await api.devRunRetention();
    const events = retentionEvents((await api.listActivity()).events);
    expect(events).toEqual([
      expect.objectContaining({
        action: "data_anonymised",
        target: "data:old_orders",
        actor: { kind: "system" },
        before: expect.stringMatching(/5 years/),
      }),
    ]);
  });

  it("asks for a renewal when consent-based data reaches its end, then deletes it after the grace period", async () => {
    let api = await later(backend, email, 0);
    const clicks = (await api.getData()).items.find((item) => item.field === "old_campaign_clicks")!;
    const endsAt = new Date(clicks.retention.endsAt!);
    expect(endsAt.getTime()).toBeGreaterThan(backend.clock.now().getTime());
    expect(clicks.legalBasis).toBe("consent");

    api = await later(backend, email, Math.ceil((endsAt.getTime() - backend.clock.now().getTime()) / dayMs));
    const asked = (await api.getData()).items.find((item) => item.id === clicks.id)!;
    expect(asked.retention.renewalRequestedAt).toBe(backend.clock.now().toISOString());
    expect(asked.retention.endsAt).toBe(
      new Date(backend.clock.now().getTime() + renewalGraceDays * dayMs).toISOString(),
    );
    const [renewal] = retentionEvents((await api.listActivity()).events);
    expect(renewal).toMatchObject({
      action: "consent_renewal_requested",
      target: "data:old_campaign_clicks",
      after: asked.retention.endsAt,
    });

    api = await later(backend, email, renewalGraceDays + 1);
    expect((await api.getData()).items.some((item) => item.id === clicks.id)).toBe(false);
    expect(retentionEvents((await api.listActivity()).events).map((event) => [event.action, event.target])).toEqual([
      ["data_deleted", "data:old_campaign_clicks"],
      ["consent_renewal_requested", "data:old_campaign_clicks"],
      ["data_anonymised", "data:old_orders"],
    ]);
  });

  it("leaves data kept with the account alone however much time passes", async () => {
    const api = await later(backend, email, 0);
    const kept = (await api.getData()).items.filter((item) => item.retention.endsAt === null);
    expect(kept.length).toBeGreaterThan(0);
    const afterYears = await later(backend, email, 3650);
    const ids = new Set((await afterYears.getData()).items.map((item) => item.id));
    for (const item of kept) expect(ids.has(item.id)).toBe(true);
  });
});
