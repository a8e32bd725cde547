import { describe, expect, it } from "vitest";
import { storageKey } from "./store.ts";
import { latestToken, setup } from "./test-kit.ts";

// How the mock keeps its secrets; what it answers is in the contract suite (server/contract), shared with the server.
describe("the mock's storage", () => {
  it("keeps only a hash of a sign-in token", async () => {
    const { api, storage } = setup();
    await api.requestMagicLink({ email: "pl.customer@example.com" });
    const state = JSON.parse(storage.getItem(storageKey) ?? "") as { outbox: unknown[]; magicLinks: unknown[] };
    state.outbox = [];
    expect(JSON.stringify(state)).not.toContain(await latestToken(api));
    expect(state.magicLinks).toHaveLength(1);
  });
});
