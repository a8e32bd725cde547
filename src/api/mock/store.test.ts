import { describe, expect, it } from "vitest";
import { ApiError } from "../errors.ts";
import { createMemoryStorage } from "./memory-storage.ts";
import { storageKey } from "./store.ts";
import { expectApiError, setup, signIn } from "./test-kit.ts";

describe("state", () => {
  it("starts from the five demo customers", async () => {
    const { api } = setup();
    for (const email of ["br", "it", "pl", "tw", "ca"].map((code) => `${code}.customer@example.com`)) {
      const { session } = await signIn(api, email);
      expect(session.subject.email).toBe(email);
      expect((await api.getData()).items.length).toBeGreaterThan(10);
    }
  });

  it("persists across instances sharing a storage", async () => {
    const storage = createMemoryStorage();
    const tab = createMemoryStorage();
    const first = setup({ storage, sessionStorage: tab });
    await signIn(first.api);
    const prefs = await first.api.getPreferences();
    const saved = await first.api.updatePreferences({
      baseVersion: prefs.version,
      changes: [{ kind: "channel", channelId: "post", on: false }],
    });

    const sameTab = setup({ storage, sessionStorage: tab });
    expect(await sameTab.api.getPreferences()).toEqual(saved);

    const otherTab = setup({ storage });
    expect(await otherTab.api.getSession()).toBeNull();
    await signIn(otherTab.api);
    expect(await otherTab.api.getPreferences()).toEqual(saved);
  });

  it("answers a tab that holds no session without building the demo's data", async () => {
    const { api, storage } = setup();
    expect(await api.getSession()).toBeNull();
    expect(storage.getItem(storageKey)).toBeNull();
    await signIn(api);
    expect(storage.getItem(storageKey)).not.toBeNull();
  });

  it("resets to the seed and signs out", async () => {
    const { api, storage } = setup();
    await signIn(api);
    const seeded = await api.getPreferences();
    await api.updatePreferences({ baseVersion: seeded.version, changes: [{ kind: "stop_all_marketing" }] });
    api.reset();
    expect(await api.getSession()).toBeNull();
    expect(await api.listDevOutbox()).toEqual([]);
    expect(JSON.parse(storage.getItem(storageKey) ?? "{}")).toMatchObject({ version: 2, sessions: [] });
    await signIn(api);
    expect(await api.getPreferences()).toEqual(seeded);
  });

  it("starts over from unreadable storage", async () => {
    const storage = createMemoryStorage();
    storage.setItem(storageKey, "{not json");
    const { api } = setup({ storage });
    await signIn(api);
    expect((await api.getSession())?.subject.id).toBe("subj-it");
  });

  it("hands out copies that cannot change the store", async () => {
    const { api } = setup();
    await signIn(api);
    const prefs = await api.getPreferences();
    prefs.channels.email = false;
    prefs.topics.length = 0;
    const data = await api.getData();
    data.items[0]!.value = "changed";
    expect((await api.getPreferences()).topics.length).toBeGreaterThan(0);
    expect((await api.getPreferences()).channels.email).toBe(true);
    expect((await api.getData()).items[0]?.value).not.toBe("changed");
  });
});

describe("faults", () => {
  it("fails calls with a network error at the configured rate", async () => {
    let roll = 0.3;
    const { api } = setup({ failureRate: 0.5, random: () => roll });
    const error = await expectApiError(api.listDevOutbox(), "network");
    expect(error).toBeInstanceOf(ApiError);
    roll = 0.7;
    await expect(api.listDevOutbox()).resolves.toEqual([]);
    api.setFaults({ failureRate: 1 });
    roll = 0.99;
    await expectApiError(api.getSession(), "network");
    api.setFaults({ failureRate: 0 });
    await expect(api.getSession()).resolves.toBeNull();
  });

  it("does not apply a write that failed", async () => {
    const { api } = setup();
    await signIn(api);
    const prefs = await api.getPreferences();
    api.setFaults({ failureRate: 1 });
    await expectApiError(
      api.updatePreferences({ baseVersion: prefs.version, changes: [{ kind: "stop_all_marketing" }] }),
      "network",
    );
    api.setFaults({ failureRate: 0 });
    expect(await api.getPreferences()).toEqual(prefs);
  });

  it("waits the configured latency", async () => {
    const { api } = setup({ latencyMs: 40 });
    const started = performance.now();
    await api.getSession();
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    api.setFaults({ latencyMs: 0 });
    const again = performance.now();
    await api.getSession();
    expect(performance.now() - again).toBeLessThan(35);
  });
});
