import { afterEach, describe, expect, it, vi } from "vitest";
import type { OperatorConfig } from "../contract/operator-config.ts";
import { createApi } from "./create-api.ts";

const config = { api: { mode: "http", baseUrl: "" } } as OperatorConfig;
const answered = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });

describe("the API of a page the server rendered for a browser without a session cookie", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("starts with no session without asking, and asks the server on the person's first call", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => answered({ session: null }));
    vi.stubGlobal("fetch", fetch);
    const { api, readFirstSession, prepare } = await createApi(config, { signedOut: true });
    expect(await readFirstSession()).toMatchObject({ answer: null });
    // Loading the adapter ahead, when the person starts to act, asks the server nothing either.
    prepare?.();
    expect(fetch).not.toHaveBeenCalled();
    await api.getSession();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toMatch(/\/api\/session$/);
    // Handed around and awaited like any object, not taken for a promise.
    expect(await Promise.resolve(api)).toBe(api);
  });

  it("reads the session at start on any other page", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => answered({ session: null }));
    vi.stubGlobal("fetch", fetch);
    const { readFirstSession } = await createApi(config);
    await readFirstSession();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
