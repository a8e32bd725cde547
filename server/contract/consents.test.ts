import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ConsentChange, ConsentRecord } from "../../src/api/contract/consents.ts";
import type { PrivacyApi } from "../../src/api/privacy-api.ts";
import { demoConfig } from "../../src/api/seed/demo-config.ts";
import { backends, type Backend } from "./backends.ts";
import { customers, failure } from "./helpers.ts";

const dayMs = 86_400_000;
const byId = (a: ConsentRecord, b: ConsentRecord) => a.id.localeCompare(b.id);
const purpose = (id: string) => demoConfig.purposes.find((candidate) => candidate.id === id)!;

/** A change as the page sends it: on the latest version, naming the text the purpose shows today. */
/** `reason`: what an acting support lead says about this change (each one needs its own). */
async function change(api: PrivacyApi, purposeId: string, state: ConsentChange["state"], reason?: string) {
  const { version } = await api.getConsents();
  return api.changeConsent(
    { baseVersion: version, purposeId, state, textVersion: purpose(purposeId).textVersion },
    reason ? { reason } : undefined,
  );
}

/** The newest history line about a purpose. */
const latestAbout = async (api: PrivacyApi, purposeId: string) =>
  (await api.listActivity()).events.find((event) => event.target === `purpose:${purposeId}`);

const statusOf = async (api: PrivacyApi, purposeId: string) =>
  (await api.getConsents()).purposes.find((status) => status.purposeId === purposeId)!;

describe.each(backends)("consents contract: $name", (factory) => {
  let backend: Backend;
  let email: string;
  beforeEach(async () => {
    backend = await factory.create();
    // The Brazilian customer: offers given, ad remarketing given 300 days ago, analytics lapsed, partners never asked.
    ({ email } = await backend.api.devCreateSubject(customers.br));
    await backend.api.devStartSession({ email });
  });
  afterEach(() => backend.close());

  /** Days pass; sessions end long before, so the customer signs in again. */
  const later = async (ms: number) => {
    backend.clock.advance(ms);
    await backend.api.devStartSession({ email });
  };

  it("gives and withdraws with a receipt for each, naming the words shown, when, how and by whom", async () => {
    const { api, clock } = backend;
    const given = await change(api, "partner_sharing", "granted");
    clock.advance(60_000);
    const withdrawn = await change(api, "partner_sharing", "withdrawn");
    const listed = await api.getConsents();
    const [withdrawal, grant] = listed.records;
    const partners = purpose("partner_sharing");
    // Each change answers with the record it made, as the list has it afterwards.
    expect(grant).toEqual(given.record);
    expect(withdrawal).toEqual(withdrawn.record);
    expect(listed.version).toBe(withdrawn.version);
    expect(listed.purposes).toEqual(withdrawn.purposes);
    expect(grant).toMatchObject({
      state: "granted",
      method: "privacy_center",
      actor: { kind: "customer" },
      textVersion: partners.textVersion,
      shown: { label: partners.label, description: partners.description },
      at: new Date(clock.now().getTime() - 60_000).toISOString(),
    });
    expect(withdrawal).toMatchObject({
      purposeId: "partner_sharing",
      state: "withdrawn",
      at: clock.now().toISOString(),
    });
    const receipts = listed.records.map((record) => record.receiptId);
    expect(new Set(receipts).size).toBe(receipts.length);
    expect(given.purposes.find((status) => status.purposeId === "partner_sharing")).toMatchObject({
      status: "granted",
      inUse: true,
    });
    expect(await statusOf(api, "partner_sharing")).toMatchObject({ status: "withdrawn", inUse: false });
    const [withdrawnEvent, grantedEvent] = (await api.listActivity()).events;
    expect(grantedEvent).toMatchObject({
      action: "consent_granted",
      target: "purpose:partner_sharing",
      before: "never_asked",
      after: "granted",
      actor: { kind: "customer" },
    });
    expect(withdrawnEvent).toMatchObject({ action: "consent_withdrawn", before: "granted", after: "withdrawn" });
  });

  it("applies a retried change once: the same answer, one record with its receipt, one history line", async () => {
    const { api } = backend;
    const before = await api.getConsents();
    const input = {
      baseVersion: before.version,
      purposeId: "partner_sharing",
      state: "granted" as const,
      textVersion: purpose("partner_sharing").textVersion,
    };
    const first = await api.changeConsent(input, { idempotencyKey: "tap-1" });
    expect(await api.changeConsent(input, { idempotencyKey: "tap-1" })).toEqual(first);
    const after = await api.getConsents();
    expect(after.version).toBe(before.version + 1);
    expect(after.records).toEqual([first.record, ...before.records]);
    expect(after.records.filter((record) => record.receiptId === first.record.receiptId)).toHaveLength(1);
    const lines = (await api.listActivity()).events.filter((event) => event.target === "purpose:partner_sharing");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ action: "consent_granted", before: "never_asked", after: "granted" });
  });

  it("refuses a choice the purpose's legal basis does not offer, naming the field", async () => {
    const { api } = backend;
    const base = await api.getConsents();
    const objectToConsent = await failure(
      api.changeConsent({
        baseVersion: base.version,
        purposeId: "analytics",
        state: "objected",
        textVersion: "2026-03",
      }),
    );
    expect(objectToConsent).toMatchObject({ code: "validation", status: 400 });
    expect(objectToConsent.fields.map((field) => field.path)).toEqual(["state"]);
    const withdrawInterest = await failure(
      api.changeConsent({
        baseVersion: base.version,
        purposeId: "purchase_based_offers",
        state: "withdrawn",
        textVersion: purpose("purchase_based_offers").textVersion,
      }),
    );
    expect(withdrawInterest.fields.map((field) => field.path)).toEqual(["state"]);
    expect(await api.getConsents()).toEqual(base);
  });

  it("counts a lapsed consent as withdrawn: expired, not in use, and says when it lapsed", async () => {
    const { api, clock } = backend;
    const lifetime = purpose("analytics").consentLifetimeDays!;
    await change(api, "analytics", "granted");
    const givenAt = clock.now().getTime();
    const lapsesAt = new Date(givenAt + lifetime * dayMs).toISOString();
    await later((lifetime - 1) * dayMs);
    expect(await statusOf(api, "analytics")).toMatchObject({ status: "granted", inUse: true, expiresAt: lapsesAt });
    await later(dayMs);
    expect(await statusOf(api, "analytics")).toEqual({
      purposeId: "analytics",
      status: "expired",
      inUse: false,
      since: new Date(givenAt).toISOString(),
      expiresAt: lapsesAt,
    });
    const again = await change(api, "analytics", "granted");
    expect(again.purposes.find((status) => status.purposeId === "analytics")).toMatchObject({ status: "granted" });
    expect(await latestAbout(api, "analytics")).toMatchObject({ before: "expired", after: "granted" });
  });

  it("renews a consent ahead of its lapse, which starts its lifetime again", async () => {
    const { api, clock } = backend;
    const lifetime = purpose("ad_remarketing").consentLifetimeDays!;
    const before = await statusOf(api, "ad_remarketing");
    expect(before).toMatchObject({ status: "granted" });
    await later(new Date(before.expiresAt!).getTime() - clock.now().getTime() - 10 * dayMs);
    const renewed = await change(api, "ad_remarketing", "granted");
    expect(renewed.purposes.find((status) => status.purposeId === "ad_remarketing")).toEqual({
      purposeId: "ad_remarketing",
      status: "granted",
      inUse: true,
      since: clock.now().toISOString(),
      expiresAt: new Date(clock.now().getTime() + lifetime * dayMs).toISOString(),
    });
    await later(20 * dayMs);
    expect(await statusOf(api, "ad_remarketing")).toMatchObject({ status: "granted", inUse: true });
    expect(await latestAbout(api, "ad_remarketing")).toMatchObject({
      action: "consent_granted",
      before: "granted",
      after: "granted",
    });
  });

  it("takes an objection to a legitimate-interest purpose at once, and lifts it again", async () => {
    const { api } = backend;
    expect(await statusOf(api, "purchase_based_offers")).toMatchObject({ status: "not_objected", inUse: true });
    const objected = await change(api, "purchase_based_offers", "objected");
    expect(objected.purposes.find((status) => status.purposeId === "purchase_based_offers")).toMatchObject({
      status: "objected",
      inUse: false,
    });
    expect(objected.record).toMatchObject({
      state: "objected",
      method: "privacy_center",
      receiptId: expect.any(String),
    });
    expect((await api.listActivity()).events[0]).toMatchObject({
      action: "consent_objected",
      target: "purpose:purchase_based_offers",
      before: "not_objected",
      after: "objected",
    });
    await change(api, "purchase_based_offers", "granted");
    expect(await statusOf(api, "purchase_based_offers")).toMatchObject({ status: "not_objected", inUse: true });
    expect((await api.listActivity()).events[0]).toMatchObject({ action: "objection_withdrawn", before: "objected" });
  });

  describe("Global Privacy Control", () => {
    it("opts out every sale-or-share purpose in use once, recorded as GPC, and is idempotent", async () => {
      const { api, clock } = backend;
      const before = await api.getConsents();
      const inUse = before.purposes
        .filter((status) => status.inUse && purpose(status.purposeId).saleOrShare)
        .map((status) => status.purposeId);
      expect(inUse).toEqual(["ad_remarketing"]);
      expect(await api.applyGpc()).toEqual({ optedOut: ["ad_remarketing"] });
      const after = await api.getConsents();
      expect(after.records).toHaveLength(before.records.length + 1);
      expect(after.records[0]).toMatchObject({
        purposeId: "ad_remarketing",
        state: "withdrawn",
        method: "gpc",
        actor: { kind: "gpc" },
        textVersion: purpose("ad_remarketing").textVersion,
      });
      expect((await api.listActivity()).events[0]).toMatchObject({
        action: "consent_withdrawn",
        target: "purpose:ad_remarketing",
        actor: { kind: "gpc" },
        before: "granted",
        after: "withdrawn",
      });
      clock.advance(60_000);
      expect(await api.applyGpc()).toEqual({ optedOut: [] });
      expect(await api.applyGpc()).toEqual({ optedOut: [] });
      expect(await api.getConsents()).toEqual(after);
    });

    it("leaves a purpose the customer turned on again themselves after the opt-out", async () => {
      const { api, clock } = backend;
      await api.applyGpc();
      clock.advance(60_000);
      await change(api, "ad_remarketing", "granted");
      const chosen = await api.getConsents();
      expect(await api.applyGpc()).toEqual({ optedOut: [] });
      expect(await api.getConsents()).toEqual(chosen);
    });

    it("works from an email footer link, and never from a support agent's browser", async () => {
      const footer = backend.newBrowser();
      await footer.devStartSession({ email, scope: "preferences" });
      expect(await footer.applyGpc()).toEqual({ optedOut: ["ad_remarketing"] });
      const agent = backend.newBrowser();
      await agent.devStartSession({
        email,
        actor: { kind: "support", agentName: "Sam Reyes", reason: "Asked by phone", mode: "act" },
      });
      await change(agent, "partner_sharing", "granted", "Asked by phone");
      expect(await failure(agent.applyGpc({ reason: "Customer asked about GPC" }))).toMatchObject({
        code: "forbidden",
        status: 403,
      });
      expect(await statusOf(backend.api, "partner_sharing")).toMatchObject({ status: "granted" });
    });
  });

  it("records a change made by support on the customer's behalf with method support and the agent", async () => {
    const agent = backend.newBrowser();
    await agent.devStartSession({
      email,
      actor: { kind: "support", agentName: "Sam Reyes", reason: "Asked by phone to withdraw", mode: "act" },
    });
    await change(agent, "personalised_offers", "withdrawn", "Asked by phone to withdraw");
    const [record] = (await backend.api.getConsents()).records;
    expect(record).toMatchObject({
      purposeId: "personalised_offers",
      state: "withdrawn",
      method: "support",
      actor: { kind: "support", agentName: "Sam Reyes", reason: "Asked by phone to withdraw" },
    });
    const seenByCustomer = (await backend.api.listActivity()).events.find(
      (event) => event.target === "purpose:personalised_offers",
    );
    expect(seenByCustomer).toMatchObject({
      action: "consent_withdrawn",
      actor: { kind: "support", agentName: "Sam Reyes" },
    });
  });

  it("keeps a long record: every record listed newest first, the version counting them, statuses from the newest", async () => {
    const { api, clock } = backend;
    const before = await api.getConsents();
    let changed = { version: before.version, purposes: before.purposes };
    const made: ConsentRecord[] = [];
    for (let turn = 0; turn < 150; turn += 1) {
      // Some changes share a millisecond: of those, the one made last is listed first and decides the status.
      // Ten seconds apart otherwise, which keeps under the per-subject write limit (100 in 10 minutes).
      if (turn % 3 !== 0) clock.advance(10_000);
      const purposeId = turn % 4 === 2 ? "partner_sharing" : "analytics";
      const { record, ...rest } = await api.changeConsent({
        baseVersion: changed.version,
        purposeId,
        state: turn % 2 === 0 ? "granted" : "withdrawn",
        textVersion: purpose(purposeId).textVersion,
      });
      made.push(record);
      changed = rest;
    }
    const answer = await api.getConsents();
    expect(changed.version).toBe(before.version + 150);
    expect(answer.version).toBe(changed.version);
    expect(answer.purposes).toEqual(changed.purposes);
    // Each change's own record is among them; the list holds every record and nothing else.
    expect(answer.records.toSorted(byId)).toEqual([...before.records, ...made].toSorted(byId));
    expect(answer.records).toHaveLength(before.records.length + 150);
    expect(answer.records.slice(150)).toEqual(before.records);
    const times = answer.records.map((record) => record.at);
    expect(times).toEqual(times.toSorted().toReversed());
    // Turns 149 and 148 (analytics) share no millisecond; 147 (analytics, withdrawn) and 146 (partner sharing) do.
    expect(answer.records[0]).toMatchObject({ purposeId: "analytics", state: "withdrawn" });
    expect(answer.records[2]).toMatchObject({ purposeId: "analytics", state: "withdrawn" });
    expect(answer.records[3]).toMatchObject({ purposeId: "partner_sharing", state: "granted" });
    expect(answer.records[2]!.at).toBe(answer.records[3]!.at);
    expect(answer.purposes.find((status) => status.purposeId === "analytics")).toMatchObject({
      status: "withdrawn",
      inUse: false,
      since: answer.records[0]!.at,
    });
    expect(answer.purposes.find((status) => status.purposeId === "partner_sharing")).toMatchObject({
      status: "granted",
      since: answer.records[3]!.at,
    });
    // A change based on an older version is refused with everything, as it was before the record grew.
    const refused = await failure(
      api.changeConsent({
        baseVersion: before.version,
        purposeId: "analytics",
        state: "granted",
        textVersion: purpose("analytics").textVersion,
      }),
    );
    expect(refused).toMatchObject({ code: "conflict", current: answer });
  }, 120_000);

  it("refuses a read-only support session's change and GPC, changing nothing", async () => {
    const agent = backend.newBrowser();
    await agent.devStartSession({
      email,
      actor: { kind: "support", agentName: "Sam Reyes", reason: "Customer called", mode: "read_only" },
    });
    const before = await backend.api.getConsents();
    expect(
      await failure(
        agent.changeConsent({
          baseVersion: before.version,
          purposeId: "analytics",
          state: "granted",
          textVersion: "2026-03",
        }),
      ),
    ).toMatchObject({ code: "forbidden" });
    expect(await failure(agent.applyGpc())).toMatchObject({ code: "forbidden" });
    expect(await backend.api.getConsents()).toEqual(before);
  });
});
