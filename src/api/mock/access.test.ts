import { describe, expect, it } from "vitest";
import type { MockApi } from "./create-mock-api.ts";
import { expectApiError, setup } from "./test-kit.ts";

const authenticated: Array<[string, (api: MockApi) => Promise<unknown>]> = [
  ["signOutEverywhere", (api) => api.signOutEverywhere()],
  ["getPreferences", (api) => api.getPreferences()],
  ["updatePreferences", (api) => api.updatePreferences({ baseVersion: 0, changes: [{ kind: "stop_all_marketing" }] })],
  ["getConsents", (api) => api.getConsents()],
  [
    "changeConsent",
    (api) => api.changeConsent({ baseVersion: 0, purposeId: "analytics", state: "granted", textVersion: "1" }),
  ],
  ["getData", (api) => api.getData()],
  ["listRequests", (api) => api.listRequests()],
  ["createRequest", (api) => api.createRequest({ type: "access" })],
  ["getRequest", (api) => api.getRequest("req-it-1")],
  ["cancelRequest", (api) => api.cancelRequest("req-it-4", { baseVersion: 0 })],
  ["listActivity", (api) => api.listActivity()],
];
const fullOnly = new Set([
  "getConsents",
  "changeConsent",
  "getData",
  "listRequests",
  "createRequest",
  "getRequest",
  "cancelRequest",
  "listActivity",
]);

describe("who may call what", () => {
  it.each(authenticated)("%s needs a session", async (_, call) => {
    const { api } = setup();
    await expect(call(api)).rejects.toMatchObject({ code: "unauthorized", status: 401 });
  });

  it("checks the session before the input", async () => {
    const { api } = setup();
    await expect(api.createRequest({ type: "nonsense" as "access" })).rejects.toMatchObject({ code: "unauthorized" });
  });

  it.each(authenticated.filter(([name]) => fullOnly.has(name)))(
    "%s is closed to a footer-link session",
    async (_, call) => {
      const { api } = setup();
      await api.signInAs("it.customer@example.com", { scope: "preferences" });
      await expect(call(api)).rejects.toMatchObject({ code: "forbidden", status: 403 });
    },
  );

  it("lets a footer-link session change preferences, recorded as the footer link", async () => {
    const { api } = setup();
    await api.signInAs("it.customer@example.com", { scope: "preferences" });
    const before = await api.getPreferences();
    await api.updatePreferences({ baseVersion: before.version, changes: [{ kind: "stop_all_marketing" }] });
    await api.signInAs("it.customer@example.com");
    expect((await api.listActivity())[0]).toMatchObject({
      action: "preferences_changed",
      actor: { kind: "footer_link" },
    });
  });

  it("lets read-only support look but not change, and shows the access in the history", async () => {
    const { api } = setup();
    const actor = {
      kind: "support",
      agentName: "Sam Reyes",
      reason: "Customer called about SMS",
      mode: "read_only",
    } as const;
    await api.signInAs("ca.customer@example.com", { actor });
    expect((await api.getData()).items.length).toBeGreaterThan(0);
    const prefs = await api.getPreferences();
    await expectApiError(
      api.updatePreferences({ baseVersion: prefs.version, changes: [{ kind: "stop_all_marketing" }] }),
      "forbidden",
      403,
    );
    expect((await api.listActivity())[0]).toMatchObject({
      action: "support_access",
      actor: { kind: "support", agentName: "Sam Reyes", reason: "Customer called about SMS" },
    });
  });

  it("records a support agent who acts on every change", async () => {
    const { api } = setup();
    await api.signInAs("ca.customer@example.com", {
      actor: { kind: "support", agentName: "Sam Reyes", reason: "Asked by phone", mode: "act" },
    });
    const consents = await api.changeConsent({
      baseVersion: (await api.getConsents()).version,
      purposeId: "analytics",
      state: "withdrawn",
      textVersion: "2026-03",
    });
    expect(consents.records[0]).toMatchObject({
      method: "support",
      actor: { kind: "support", agentName: "Sam Reyes" },
    });
  });
});
