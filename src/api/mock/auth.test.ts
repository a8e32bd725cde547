import { describe, expect, it } from "vitest";
import { storageKey } from "./store.ts";
import { expectApiError, latestToken, origin, setup, signIn, tokenOf } from "./test-kit.ts";

const minute = 60_000;

describe("magic links", () => {
  it("emails a link in the subject's language and signs in once it is used", async () => {
    const { api } = setup();
    await expect(
      api.requestMagicLink({ email: "BR.Customer@example.com", redirectTo: "/requests" }),
    ).resolves.toBeUndefined();
    const [message] = await api.listDevOutbox();
    expect(message).toMatchObject({
      to: "br.customer@example.com",
      subject: "Seu link de acesso para Northwind Outfitters",
    });
    expect(message?.link).toMatch(new RegExp(`^${origin}/auth/confirm#token=[A-Za-z0-9_-]{43}$`));
    expect(message?.text).toContain(message?.link);
    expect(await api.getSession()).toBeNull();

    const created = await api.createSession(tokenOf(message));
    expect(created.redirectTo).toBe("/requests");
    expect(created.session).toMatchObject({ scope: "full", actor: { kind: "customer" }, subject: { id: "subj-br" } });
    expect(await api.getSession()).toEqual(created.session);
    expect((await api.listActivity())[0]).toMatchObject({ action: "signed_in", actor: { kind: "customer" } });
  });

  it("stores only a hash of the token", async () => {
    const { api, storage } = setup();
    await api.requestMagicLink({ email: "pl.customer@example.com" });
    const stored = storage.getItem(storageKey) ?? "";
    const state = JSON.parse(stored) as { outbox: unknown[]; magicLinks: unknown[] };
    state.outbox = [];
    expect(JSON.stringify(state)).not.toContain(await latestToken(api));
    expect(state.magicLinks).toHaveLength(1);
  });

  it("works once", async () => {
    const { api } = setup();
    await api.requestMagicLink({ email: "it.customer@example.com" });
    const token = await latestToken(api);
    await api.createSession(token);
    const error = await expectApiError(api.createSession(token), "token_invalid", 400);
    expect(error.message).toMatch(/expired or was already used/);
  });

  it("expires after 15 minutes", async () => {
    const { api, clock } = setup();
    await api.requestMagicLink({ email: "it.customer@example.com" });
    const first = await latestToken(api);
    clock.advance(15 * minute);
    await expectApiError(api.createSession(first), "token_invalid", 400);
    await api.requestMagicLink({ email: "it.customer@example.com" });
    clock.advance(15 * minute - 1);
    await expect(api.createSession(await latestToken(api))).resolves.toBeDefined();
  });

  it("lets only the newest link work", async () => {
    const { api } = setup();
    await api.requestMagicLink({ email: "tw.customer@example.com" });
    const older = await latestToken(api);
    await api.requestMagicLink({ email: "tw.customer@example.com" });
    const newer = await latestToken(api);
    await expectApiError(api.createSession(older), "token_invalid");
    await expect(api.createSession(newer)).resolves.toMatchObject({ session: { subject: { id: "subj-tw" } } });
  });

  it("answers an unknown address the same way and sends nothing", async () => {
    const { api } = setup();
    await expect(api.requestMagicLink({ email: "nobody@example.com" })).resolves.toBeUndefined();
    expect(await api.listDevOutbox()).toEqual([]);
    await expectApiError(api.createSession("x".repeat(43)), "token_invalid", 400);
  });

  it.each(["ca.customer@example.com", "stranger@example.com"])(
    "rate-limits %s after five links in 15 minutes",
    async (email) => {
      const { api } = setup();
      for (let i = 0; i < 5; i++) await api.requestMagicLink({ email });
      const error = await expectApiError(api.requestMagicLink({ email }), "rate_limited", 429);
      expect(error.retryAfter).toBeGreaterThan(0);
      expect(error.retryAfter).toBeLessThanOrEqual(900);
      await expect(api.requestMagicLink({ email: "br.customer@example.com" })).resolves.toBeUndefined();
    },
  );

  it("allows links again once the window has passed", async () => {
    const { api, clock } = setup();
    for (let i = 0; i < 5; i++) await api.requestMagicLink({ email: "ca.customer@example.com" });
    await expectApiError(api.requestMagicLink({ email: "ca.customer@example.com" }), "rate_limited");
    clock.advance(15 * minute);
    await expect(api.requestMagicLink({ email: "ca.customer@example.com" })).resolves.toBeUndefined();
  });

  it("validates input with the contract", async () => {
    const { api } = setup();
    const bad = await expectApiError(
      api.requestMagicLink({ email: "not-an-email", redirectTo: "//evil.example" }),
      "validation",
      400,
    );
    expect(bad.fields.map((field) => field.path).toSorted()).toEqual(["email", "redirectTo"]);
    expect((await expectApiError(api.createSession("short"), "validation")).fields[0]?.path).toBe("token");
  });
});

describe("sessions", () => {
  it("signs out this tab", async () => {
    const { api } = setup();
    await signIn(api);
    await api.signOut();
    expect(await api.getSession()).toBeNull();
    await expectApiError(api.getPreferences(), "unauthorized", 401);
    await expect(api.signOut()).resolves.toBeUndefined();
  });

  it("signs out every tab of the subject", async () => {
    const first = setup();
    const second = setup({ storage: first.storage });
    await signIn(first.api, "pl.customer@example.com");
    await signIn(second.api, "pl.customer@example.com");
    await second.api.signOutEverywhere();
    expect(await first.api.getSession()).toBeNull();
    expect(await second.api.getSession()).toBeNull();
  });

  it("ends after 12 hours", async () => {
    const { api, clock } = setup();
    await signIn(api);
    clock.advance(12 * 60 * minute);
    expect(await api.getSession()).toBeNull();
    await expectApiError(api.getData(), "unauthorized", 401);
  });
});
