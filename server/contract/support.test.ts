import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PrivacyApi } from "../../src/api/privacy-api.ts";
import { sessionLifetimes } from "../../src/api/rules/sessions.ts";
import { backends, type Backend } from "./backends.ts";
import { customers, failure, signIn } from "./helpers.ts";

const staff = { agent: "support.agent@example.com", lead: "support.lead@example.com" } as const;
const reason = "Customer called about too many SMS";

describe.each(backends)("support console contract: $name", (factory) => {
  let backend: Backend;
  let email: string;
  beforeEach(async () => {
    backend = await factory.create();
    ({ email } = await backend.api.devCreateSubject(customers.br));
  });
  afterEach(() => backend.close());

  const console = async (address: string = staff.agent): Promise<PrivacyApi> => {
    const api = backend.newBrowser();
    await api.devStartSession({ email: address, scope: "staff" });
    return api;
  };
  const customerIdOf = async (api: PrivacyApi, query: string = email) => {
    const [match] = await api.searchCustomers({ query });
    expect(match).toBeDefined();
    return match!.customerId;
  };
  const historySeenByCustomer = async () => {
    const customer = backend.newBrowser();
    await customer.devStartSession({ email });
    return (await customer.listActivity()).events;
  };

  describe("staff sign-in", () => {
    it("a magic link opens the support console for a staff address", async () => {
      const session = await signIn(backend.api, staff.lead);
      expect(session).toMatchObject({
        scope: "staff",
        actor: { kind: "staff", name: "Priya Okafor", role: "support_lead" },
        subject: { email: staff.lead },
      });
      expect(await backend.api.getSession()).toMatchObject({ scope: "staff" });
    });

    it("a staff session reaches no customer endpoint", async () => {
      const api = await console();
      expect(await failure(api.getPreferences())).toMatchObject({ code: "forbidden", status: 403 });
      expect(await failure(api.listActivity())).toMatchObject({ code: "forbidden", status: 403 });
    });

    it("customers and strangers reach no staff endpoint", async () => {
      expect(await failure(backend.api.searchCustomers({ query: email }))).toMatchObject({ code: "unauthorized" });
      await backend.api.devStartSession({ email });
      expect(await failure(backend.api.searchCustomers({ query: email }))).toMatchObject({
        code: "forbidden",
        status: 403,
      });
      const open = backend.api.openSupportView({ customerId: "subj-br", reason });
      expect(await failure(open)).toMatchObject({ code: "forbidden" });
    });
  });

  describe("search", () => {
    it("finds a customer by exact email in any case, showing only name, masked email and market", async () => {
      const api = await console();
      const matches = await api.searchCustomers({ query: `  ${email.toUpperCase()} ` });
      expect(matches).toHaveLength(1);
      expect(matches[0]).toEqual({
        customerId: expect.any(String),
        name: "Ana Luiza Ferreira",
        maskedEmail: "b•••@example.com",
        jurisdiction: "BR",
      });
      expect(JSON.stringify(matches)).not.toContain(email);
    });

    it("finds by phone however it is written, normalised to E.164", async () => {
      const api = await console();
      const id = await customerIdOf(api);
      for (const query of ["+55 11 98765-4321", "+5511987654321", "0055 (11) 98765 4321"]) {
        const matches = await api.searchCustomers({ query });
        expect(matches.map((match) => match.customerId)).toContain(id);
        expect(new Set(matches.map((match) => match.name))).toEqual(new Set(["Ana Luiza Ferreira"]));
      }
      const californian = await api.searchCustomers({ query: "+1 (415) 555-0147" });
      expect(californian.map((match) => match.jurisdiction)).toContain("US-CA");
    });

    it("never matches a part of an address or number, and lists no one for an empty or vague query", async () => {
      const api = await console();
      expect(await api.searchCustomers({ query: email.replace("@", "x@") })).toEqual([]);
      expect(await api.searchCustomers({ query: "+55 11 98765" })).toEqual([]);
      for (const query of ["example.com", "br.customer", "Ana Luiza"])
        expect(await failure(api.searchCustomers({ query }))).toMatchObject({
          code: "validation",
          fields: [expect.objectContaining({ path: "query" })],
        });
      expect(await failure(api.searchCustomers({ query: "" }))).toMatchObject({
        code: "validation",
        fields: [expect.objectContaining({ path: "query" })],
      });
    });

    it("never finds staff", async () => {
      const api = await console();
      expect(await api.searchCustomers({ query: staff.lead })).toEqual([]);
      expect(await api.searchCustomers({ query: staff.agent })).toEqual([]);
    });
  });

  describe("opening a view", () => {
    it("needs a reason of at least 10 characters", async () => {
      const api = await console();
      const customerId = await customerIdOf(api);
      for (const short of ["", "too short", "   padded   "])
        expect(await failure(api.openSupportView({ customerId, reason: short }))).toMatchObject({
          code: "validation",
          fields: [expect.objectContaining({ path: "reason" })],
        });
    });

    it("opens read-only by default, as the agent, with the reason and ticket, for 30 minutes", async () => {
      const api = await console();
      const session = await api.openSupportView({ customerId: await customerIdOf(api), reason, ticket: "T-1042" });
      expect(session).toMatchObject({
        scope: "full",
        subject: { email, name: "Ana Luiza Ferreira" },
        actor: { kind: "support", agentName: "Sam Reyes", reason, mode: "read_only", ticket: "T-1042" },
      });
      expect(new Date(session.expiresAt).getTime() - new Date(session.createdAt).getTime()).toBe(
        sessionLifetimes.support.absoluteMs,
      );
      expect(await api.getSession()).toMatchObject({ subject: { email }, actor: { kind: "support" } });
      expect((await api.getData()).items.length).toBeGreaterThan(0);
      const prefs = await api.getPreferences();
      const write = api.updatePreferences(
        { baseVersion: prefs.version, changes: [{ kind: "stop_all_marketing" }] },
        { reason: "Trying to change it anyway" },
      );
      expect(await failure(write)).toMatchObject({ code: "forbidden", status: 403 });
      expect((await api.getPreferences()).version).toBe(prefs.version);
    });

    it("cannot open another staff member, answering as for nobody", async () => {
      const api = await console(staff.lead);
      const staffId = (await backend.newBrowser().devStartSession({ email: staff.agent, scope: "staff" })).subject.id;
      for (const customerId of [staffId, "subj-nobody"])
        expect(await failure(api.openSupportView({ customerId, reason }))).toMatchObject({
          code: "not_found",
          status: 404,
        });
    });

    it("acting needs the support lead role", async () => {
      const agent = await console(staff.agent);
      const refused = await failure(
        agent.openSupportView({ customerId: await customerIdOf(agent), reason, mode: "act" }),
      );
      expect(refused).toMatchObject({ code: "forbidden", status: 403 });
      expect(await agent.getSession()).toMatchObject({ scope: "staff" });
      const lead = await console(staff.lead);
      const session = await lead.openSupportView({ customerId: await customerIdOf(lead), reason, mode: "act" });
      expect(session.actor).toMatchObject({ kind: "support", agentName: "Priya Okafor", mode: "act" });
    });

    it("a view shows and changes the customer's own choices, never the agent's", async () => {
      const customer = backend.newBrowser();
      await customer.devStartSession({ email });
      const own = await customer.getPreferences();
      await customer.updatePreferences({
        baseVersion: own.version,
        changes: [{ kind: "channel", channelId: "sms", on: false }],
      });
      const consents = await customer.getConsents();
      await customer.changeConsent({
        baseVersion: consents.version,
        purposeId: "analytics",
        state: "granted",
        textVersion: "2026-03",
      });

      const lead = await console(staff.lead);
      await lead.openSupportView({ customerId: await customerIdOf(lead), reason, mode: "act" });
      const seen = await lead.getPreferences();
      // The agent sees the customer's address masked (br.customer+…), where their own would be s•••@example.com.
      expect(seen).toMatchObject({
        version: own.version + 1,
        channels: { sms: false },
        contacts: { email: "b•••@example.com" },
      });
      const change = await lead.changeConsent(
        { baseVersion: consents.version + 1, purposeId: "analytics", state: "withdrawn", textVersion: "2026-03" },
        { reason: "Customer asked by phone to stop analytics" },
      );
      expect(change.version).toBe(consents.version + 2);
      const analytics = (await customer.getConsents()).purposes.find((purpose) => purpose.purposeId === "analytics");
      expect(analytics).toMatchObject({ status: "withdrawn", inUse: false });
    });

    it("an acting lead gives a reason for each change, and the history names the agent and that reason", async () => {
      const lead = await console(staff.lead);
      await lead.openSupportView({ customerId: await customerIdOf(lead), reason, mode: "act" });
      const prefs = await lead.getPreferences();
      const change = {
        baseVersion: prefs.version,
        changes: [{ kind: "channel" as const, channelId: "sms" as const, on: false }],
      };
      for (const options of [undefined, { reason: "short" }])
        expect(await failure(lead.updatePreferences(change, options))).toMatchObject({
          code: "validation",
          fields: [expect.objectContaining({ path: "reason" })],
        });
      const changeReason = "Customer asked by phone: no more SMS, ção";
      const next = await lead.updatePreferences(change, { reason: changeReason });
      expect(next.channels.sms).toBe(false);
      const history = await historySeenByCustomer();
      expect(history.find((event) => event.action === "preferences_changed")).toMatchObject({
        target: "channel:sms",
        actor: { kind: "support", agentName: "Priya Okafor", reason: changeReason },
      });
    });
  });

  describe("what the customer sees", () => {
    it("opening and stopping are both in their history, with the agent and the reason; the console goes on", async () => {
      const api = await console();
      await api.openSupportView({ customerId: await customerIdOf(api), reason, ticket: "T-7" });
      await api.getPreferences();
      await api.closeSupportView();
      expect(await api.getSession()).toMatchObject({ scope: "staff", actor: { kind: "staff", name: "Sam Reyes" } });
      expect(await failure(api.getPreferences())).toMatchObject({ code: "forbidden" });
      const history = await historySeenByCustomer();
      const support = history.filter((event) => event.actor.kind === "support" && event.actor.reason === reason);
      expect(support.map((event) => event.action)).toEqual(["support_access_ended", "support_access"]);
      for (const event of support)
        expect(event.actor).toEqual({ kind: "support", agentName: "Sam Reyes", reason, ticket: "T-7" });
      expect(support.map((event) => event.after)).toEqual(["stopped", "read_only"]);
    });

    it("signing out of the console ends an open view too, recorded as ended", async () => {
      const api = await console();
      await api.openSupportView({ customerId: await customerIdOf(api), reason });
      await api.signOut();
      expect(await api.getSession()).toBeNull();
      expect((await historySeenByCustomer()).map((event) => event.action)).toContain("support_access_ended");
    });

    it("neither a search nor a view shows a sign-in token or a session id", async () => {
      const api = await console();
      const matches = await api.searchCustomers({ query: email });
      const session = await api.openSupportView({ customerId: matches[0]!.customerId, reason });
      expect(Object.keys(session).toSorted()).toEqual(["actor", "createdAt", "expiresAt", "scope", "subject"]);
      expect(Object.keys(matches[0]!).toSorted()).toEqual(["customerId", "jurisdiction", "maskedEmail", "name"]);
    });
  });

  describe("expiry", () => {
    it("a view ends 30 minutes after it opened, however busy, and the agent is back at the console", async () => {
      const { clock } = backend;
      const api = await console();
      const opened = await api.openSupportView({ customerId: await customerIdOf(api), reason });
      for (let step = 0; step < 5; step += 1) {
        clock.advance(5 * 60_000);
        await api.getPreferences();
      }
      clock.advance(5 * 60_000 + 1);
      expect(await api.getSession()).toMatchObject({ scope: "staff" });
      expect(await failure(api.getPreferences())).toMatchObject({ code: "forbidden" });
      expect(await api.searchCustomers({ query: email })).toHaveLength(1);
      const [ended, ...rest] = (await historySeenByCustomer()).filter(
        (event) => event.action === "support_access_ended",
      );
      expect(rest).toEqual([]);
      expect(ended).toMatchObject({ after: "expired", actor: { kind: "support", agentName: "Sam Reyes", reason } });
      expect(new Date(ended!.at).getTime() - new Date(opened.createdAt).getTime()).toBe(30 * 60_000);
    });
  });
});
