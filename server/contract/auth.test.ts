import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backends, type Backend } from "./backends.ts";
import { customers, failure, latestToken, signIn } from "./helpers.ts";

describe.each(backends)("sign-in contract: $name", (factory) => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await factory.create();
  });
  afterEach(() => backend.close());

  it("signs in with an emailed link and keeps the session", async () => {
    const { api } = backend;
    expect(await api.getSession()).toBeNull();
    await api.requestMagicLink({ email: customers.br, redirectTo: "/preferences" });
    const [message] = await api.listDevOutbox();
    expect(message).toMatchObject({ to: customers.br });
    expect(message!.text).toContain(message!.link!);
    const created = await api.createSession(await latestToken(api, customers.br));
    expect(created.redirectTo).toBe("/preferences");
    expect(created.session).toMatchObject({
      scope: "full",
      actor: { kind: "customer" },
      subject: { email: customers.br, jurisdiction: "BR" },
    });
    expect(await api.getSession()).toMatchObject({ subject: { email: customers.br } });
  });

  it("answers an unknown address exactly like a known one, and sends nothing", async () => {
    const { api } = backend;
    await expect(api.requestMagicLink({ email: "nobody@example.com" })).resolves.toBeUndefined();
    expect(await api.listDevOutbox()).toEqual([]);
  });

  it("accepts a token once", async () => {
    const { api } = backend;
    await api.requestMagicLink({ email: customers.it });
    const token = await latestToken(api, customers.it);
    await api.createSession(token);
    const error = await failure(api.createSession(token));
    expect(error).toMatchObject({ code: "token_invalid", status: 400 });
  });

  it("refuses a token it never issued, and validates its shape", async () => {
    const { api } = backend;
    expect(await failure(api.createSession("A".repeat(43)))).toMatchObject({ code: "token_invalid", status: 400 });
    const error = await failure(api.createSession("short"));
    expect(error).toMatchObject({ code: "validation", status: 400 });
    expect(error.fields.map((field) => field.path)).toEqual(["token"]);
  });

  it("lets only the newest link work", async () => {
    const { api, clock } = backend;
    await api.requestMagicLink({ email: customers.ca });
    const older = await latestToken(api, customers.ca);
    clock.advance(1000);
    await api.requestMagicLink({ email: customers.ca });
    const newer = await latestToken(api, customers.ca);
    expect(newer).not.toBe(older);
    expect((await failure(api.createSession(older))).code).toBe("token_invalid");
    await expect(api.createSession(newer)).resolves.toMatchObject({ session: { subject: { email: customers.ca } } });
  });

  it("refuses a link after 15 minutes", async () => {
    const { api, clock } = backend;
    await api.requestMagicLink({ email: customers.tw });
    const token = await latestToken(api, customers.tw);
    clock.advance(15 * 60_000 + 1000);
    expect((await failure(api.createSession(token))).code).toBe("token_invalid");
  });

  it("limits links per address, the same for known and unknown addresses", async () => {
    const { api } = backend;
    for (const email of [customers.br, "nobody@example.com"]) {
      for (let attempt = 0; attempt < 5; attempt += 1) await api.requestMagicLink({ email });
      const error = await failure(api.requestMagicLink({ email }));
      expect(error).toMatchObject({ code: "rate_limited", status: 429 });
      expect(error.retryAfter).toBeGreaterThan(0);
    }
  });

  it("needs a session for the customer's resources", async () => {
    const { api } = backend;
    for (const call of [
      () => api.getPreferences(),
      () => api.updatePreferences({ baseVersion: 0, changes: [{ kind: "stop_all_marketing" }] }),
      () => api.getConsents(),
      () => api.getData(),
      () => api.listRequests(),
      () => api.createRequest({ type: "access" }),
      () => api.listActivity(),
      () => api.signOutEverywhere(),
    ])
      expect(await failure(call())).toMatchObject({ code: "unauthorized", status: 401 });
  });

  it("signs out this browser", async () => {
    const { api } = backend;
    await signIn(api, customers.br);
    await api.signOut();
    expect(await api.getSession()).toBeNull();
    expect((await failure(api.getPreferences())).code).toBe("unauthorized");
    await expect(api.signOut()).resolves.toBeUndefined();
  });

  it("signs out everywhere, ending the subject's other sessions but nobody else's", async () => {
    const phone = backend.api;
    const laptop = backend.newBrowser();
    const stranger = backend.newBrowser();
    await signIn(phone, customers.br);
    await signIn(laptop, customers.br);
    await signIn(stranger, customers.it);
    await phone.signOutEverywhere();
    expect(await phone.getSession()).toBeNull();
    expect(await laptop.getSession()).toBeNull();
    expect(await stranger.getSession()).toMatchObject({ subject: { email: customers.it } });
  });

  it("records sign-in and sign-out in the history", async () => {
    const { api } = backend;
    await signIn(api, customers.br);
    const [latest] = (await api.listActivity()).events;
    expect(latest).toMatchObject({ action: "signed_in", actor: { kind: "customer" } });
    await api.signOut();
    await signIn(api, customers.br);
    const actions = (await api.listActivity()).events.slice(0, 3).map((event) => event.action);
    expect(actions).toEqual(["signed_in", "signed_out", "signed_in"]);
  });
});
