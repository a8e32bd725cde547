import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openRequestStatuses } from "../../src/api/contract/request-statuses.ts";
import { maxOpenRequests, writeLimits } from "../../src/api/rules/write-limits.ts";
import { backends, type Backend } from "./backends.ts";
import { customers, failure, signIn } from "./helpers.ts";

const day = 24 * 60 * 60_000;

describe.each(backends)("per-subject write limits contract: $name", (factory) => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await factory.create();
    await signIn(backend.api, customers.br);
  });
  afterEach(() => backend.close());

  it("refuses writes over the limit with 429 and Retry-After, counting refused writes too, until the window ends", async () => {
    const { api, clock } = backend;
    const { max } = writeLimits.writes;
    let { version } = await api.getPreferences();
    for (let index = 0; index < 5; index += 1)
      version = (
        await api.updatePreferences({
          baseVersion: version,
          changes: [{ kind: "channel", channelId: "post", on: index % 2 === 0 }],
        })
      ).version;
    for (let index = 5; index < max; index += 1)
      expect((await failure(api.updatePreferences({ baseVersion: version, changes: [] }))).code).toBe("validation");
    const refused = await failure(
      api.changeConsent({ baseVersion: 0, purposeId: "partner_sharing", state: "granted", textVersion: "v" }),
    );
    expect(refused).toMatchObject({ code: "rate_limited", status: 429 });
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect((await api.getPreferences()).version).toBe(version);
    clock.advance(refused.retryAfter! * 1000);
    await signIn(api, customers.br);
    const { version: latest } = await api.getPreferences();
    await expect(
      api.updatePreferences({ baseVersion: latest, changes: [{ kind: "channel", channelId: "post", on: true }] }),
    ).resolves.toMatchObject({ version: latest + 1 });
  });

  it("counts replays and conflicts as well, and answers a replay past the limit with 429, not the stored answer", async () => {
    const { api } = backend;
    const { max } = writeLimits.writes;
    const { version } = await api.getPreferences();
    const update = {
      baseVersion: version,
      changes: [{ kind: "channel" as const, channelId: "post" as const, on: false }],
    };
    const saved = await api.updatePreferences(update, { idempotencyKey: "one-click" });
    expect(await api.updatePreferences(update, { idempotencyKey: "one-click" })).toEqual(saved);
    for (let index = 2; index < max; index += 1)
      expect((await failure(api.updatePreferences(update))).code).toBe("conflict");
    const replayed = await failure(api.updatePreferences(update, { idempotencyKey: "one-click" }));
    expect(replayed).toMatchObject({ code: "rate_limited", status: 429 });
    expect(await api.getPreferences()).toEqual(saved);
    const lines = (await api.listActivity()).events.filter((event) => event.target === "channel:post");
    expect(lines).toHaveLength(1);
  });

  it("allows a limited number of new privacy requests a day", async () => {
    const { api } = backend;
    const before = (await api.listRequests()).length;
    for (let index = 0; index < writeLimits.requests.max; index += 1) await api.createRequest({ type: "access" });
    const refused = await failure(api.createRequest({ type: "access" }));
    expect(refused).toMatchObject({ code: "rate_limited", status: 429 });
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(await api.listRequests()).toHaveLength(before + writeLimits.requests.max);
  });

  it(`refuses a request while ${maxOpenRequests} are open, and takes one again once one is cancelled`, async () => {
    const { api, clock } = backend;
    const open = async () => (await api.listRequests()).filter((request) => openRequestStatuses.has(request.status));
    while ((await open()).length < maxOpenRequests) {
      const created = await api.createRequest({ type: "objection" }).catch(() => null);
      if (created) continue;
      // The daily limit: carry on tomorrow, with a fresh sign-in.
      clock.advance(day);
      await signIn(api, customers.br);
    }
    const refused = await failure(api.createRequest({ type: "objection" }));
    expect(refused).toMatchObject({ code: "rate_limited", status: 429, retryAfter: null });
    expect(refused.message).toContain(String(maxOpenRequests));
    const [first] = await open();
    await api.cancelRequest(first!.id, { baseVersion: first!.version });
    clock.advance(day);
    await signIn(api, customers.br);
    await expect(api.createRequest({ type: "objection" })).resolves.toMatchObject({ status: "received" });
  });
});
