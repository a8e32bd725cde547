import { describe, expect, it } from "vitest";
import rawConfig from "../../../public/privacy-center.config.json" with { type: "json" };
import { operatorConfigSchema } from "../contract/operator-config.ts";
import { dataFamilySchema, dataSourceSchema } from "../contract/data.ts";
import { openRequestStatuses } from "../contract/request-statuses.ts";
import { purposeStatus } from "../rules/consents.ts";
import { dueDate, latestExtendedDueDate } from "../rules/due-dates.ts";
import { demoCustomers, dataFieldKeys } from "./demo-customers.ts";
import { seedCustomerSchema } from "./types.ts";

const config = operatorConfigSchema.parse(rawConfig);
const now = new Date("2026-05-14T10:00:00.000Z");
const customers = demoCustomers(now);

describe("demoCustomers", () => {
  it("parses with the seed schema", () => {
    for (const customer of customers) expect(() => seedCustomerSchema.parse(customer)).not.toThrow();
  });

  it("has one customer per market in their own language", () => {
    expect(customers.map((c) => [c.subject.id, c.subject.email, c.subject.locale, c.subject.jurisdiction])).toEqual([
      ["subj-br", "br.customer@example.com", "pt-BR", "BR"],
      ["subj-it", "it.customer@example.com", "it", "EU"],
      ["subj-pl", "pl.customer@example.com", "pl", "EU"],
      ["subj-tw", "tw.customer@example.com", "zh-TW", "TW"],
      ["subj-ca", "ca.customer@example.com", "en", "US-CA"],
    ]);
  });

  it("is deterministic for a given now", () => {
    expect(demoCustomers(now)).toEqual(customers);
  });

  it("uses unique ids everywhere", () => {
    const ids = customers.flatMap((c) => [
      ...c.dataItems.map((i) => i.id),
      ...c.consentRecords.flatMap((r) => [r.id, r.receiptId]),
      ...c.requests.map((r) => r.id),
      ...c.activity.map((e) => e.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(customers.map((c) => [c.subject.id, c] as const))("%s has several items in every family", (_, customer) => {
    for (const family of dataFamilySchema.options)
      expect(customer.dataItems.filter((item) => item.family === family).length).toBeGreaterThanOrEqual(3);
    expect(customer.dataItems.some((item) => item.masked)).toBe(true);
  });

  it("lists every field key and source it uses", () => {
    const items = customers.flatMap((c) => c.dataItems);
    expect([...new Set(items.map((i) => i.field))].toSorted()).toEqual(dataFieldKeys.toSorted());
    expect([...new Set(items.map((i) => i.source))].toSorted()).toEqual(dataSourceSchema.options.toSorted());
    for (const key of dataFieldKeys) expect(key).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it("names only purposes, topics and channels of the default config", () => {
    const purposeIds = new Set(config.purposes.map((p) => p.id));
    const topics = new Map(config.topics.map((t) => [t.id, t]));
    const enabledChannels = new Set(config.channels.filter((c) => c.enabled).map((c) => c.id));
    for (const customer of customers) {
      for (const record of customer.consentRecords) expect(purposeIds).toContain(record.purposeId);
      for (const item of customer.dataItems) for (const id of item.purposeIds) expect(purposeIds).toContain(id);
      for (const id of Object.keys(customer.preferences.channels)) expect(enabledChannels).toContain(id);
      expect(customer.preferences.topics.map((t) => t.topicId).toSorted()).toEqual([...topics.keys()].toSorted());
      for (const pref of customer.preferences.topics) {
        const topic = topics.get(pref.topicId);
        for (const channelId of Object.keys(pref.channels)) expect(topic?.channels).toContain(channelId);
        expect([...(topic?.frequencies ?? []), undefined]).toContain(pref.frequency);
      }
      expect(customer.preferences.version).toBeGreaterThanOrEqual(1);
    }
  });

  it("varies preferences and consents, with an expired consent and a GPC opt-out", () => {
    const statuses = customers.flatMap((c) =>
      config.purposes.map((p) => purposeStatus(p, c.consentRecords, now).status),
    );
    expect(statuses).toContain("expired");
    expect(statuses).toContain("granted");
    expect(statuses).toContain("withdrawn");
    const california = customers.find((c) => c.subject.jurisdiction === "US-CA");
    const gpc = california?.consentRecords
      .filter((r) => r.method === "gpc" && r.state === "withdrawn")
      .map((r) => r.purposeId);
    expect(gpc?.toSorted()).toEqual(["ad_remarketing", "partner_sharing"]);
    const methods = new Set(customers.flatMap((c) => c.consentRecords.map((r) => r.method)));
    expect([...methods].toSorted()).toEqual(["footer_link", "gpc", "privacy_center", "signup_form", "support"]);
  });

  it.each(customers.map((c) => [c.subject.id, c] as const))(
    "%s has open and closed requests due by the law",
    (_, customer) => {
      const open = customer.requests.filter((r) => openRequestStatuses.has(r.status));
      expect(open.length).toBeGreaterThanOrEqual(1);
      expect(customer.requests.length - open.length).toBeGreaterThanOrEqual(1);
      for (const request of customer.requests) {
        expect(request.dueAt).toBe(
          dueDate(customer.subject.jurisdiction, request.type, new Date(request.createdAt)).toISOString(),
        );
        expect(request.timeline[0]).toMatchObject({ status: "received", at: request.createdAt });
        expect(request.timeline.at(-1)?.status).toBe(request.status);
        const times = request.timeline.map((e) => e.at);
        expect(times.toSorted()).toEqual(times);
      }
      for (const request of customer.requests.filter((r) => r.extension !== null)) {
        const latest = latestExtendedDueDate(customer.subject.jurisdiction, request.type, new Date(request.createdAt));
        expect(request.extension?.until).toBe(latest?.toISOString());
        expect(request.extension && request.extension.notifiedAt < request.dueAt).toBe(true);
      }
      for (const request of open) {
        const effectiveDue = request.extension?.until ?? request.dueAt;
        expect(new Date(effectiveDue).getTime()).toBeGreaterThan(now.getTime());
      }
    },
  );

  it("has an EU request with an extension", () => {
    const eu = customers.filter((c) => c.subject.jurisdiction === "EU").flatMap((c) => c.requests);
    expect(eu.some((r) => r.extension !== null)).toBe(true);
  });

  it.each(customers.map((c) => [c.subject.id, c] as const))("%s has a rich, past history", (_, customer) => {
    expect(customer.activity.length).toBeGreaterThanOrEqual(10);
    const kinds = new Set(customer.activity.map((e) => e.actor.kind));
    for (const kind of ["customer", "support", "system", "footer_link"]) expect(kinds).toContain(kind);
    const access = customer.activity.find((e) => e.action === "support_access");
    expect(access?.actor).toMatchObject({ kind: "support", reason: expect.any(String) });
    for (const event of customer.activity) expect(event.at <= now.toISOString()).toBe(true);
  });
});
