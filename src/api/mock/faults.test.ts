import { describe, expect, it } from "vitest";
import { ApiError } from "../errors.ts";
import { createFaults } from "./faults.ts";

const outcome = (promise: Promise<void>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof ApiError ? error.code : "other"),
  );

describe("failEveryNthWrite", () => {
  it("fails exactly every second write and never a read", async () => {
    const faults = createFaults({ failEveryNthWrite: 2 }, () => 1);
    const seen = [];
    for (const kind of ["write", "read", "write", "write", "read", "write"] as const)
      seen.push(await outcome(faults.hit(kind)));
    expect(seen).toEqual(["ok", "ok", "network", "ok", "ok", "network"]);
  });

  it("starts counting again when set, and 0 turns it off", async () => {
    const faults = createFaults({ failEveryNthWrite: 2 }, () => 1);
    await faults.hit("write");
    faults.set({ failEveryNthWrite: 2 });
    expect(await outcome(faults.hit("write"))).toBe("ok");
    faults.set({ failEveryNthWrite: 0 });
    for (let write = 0; write < 4; write += 1) expect(await outcome(faults.hit("write"))).toBe("ok");
  });
});
