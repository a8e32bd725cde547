import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backends, type Backend } from "./backends.ts";
import { customers, signIn } from "./helpers.ts";

describe.each(backends)("history order contract: $name", (factory) => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await factory.create();
    await signIn(backend.api, customers.br);
  });
  afterEach(() => backend.close());

  it("lists the changes of one write newest first, as they were made", async () => {
    const { api, clock } = backend;
    const before = await api.getPreferences();
    clock.advance(1000);
    await api.updatePreferences({
      baseVersion: before.version,
      changes: [
        { kind: "channel", channelId: "post", on: false },
        { kind: "channel", channelId: "sms", on: false },
        { kind: "channel", channelId: "post", on: true },
        { kind: "channel", channelId: "push", on: false },
      ],
    });
    const latest = (await api.listActivity()).events.slice(0, 4);
    expect(latest.map((event) => [event.target, event.after])).toEqual([
      ["channel:push", "off"],
      ["channel:post", "on"],
      ["channel:sms", "off"],
      ["channel:post", "off"],
    ]);
  });
});
