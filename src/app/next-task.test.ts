import { afterEach, describe, expect, it, vi } from "vitest";
import { nextTask } from "./next-task.ts";

describe("nextTask", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("continues in a task of its own, after everything the current task queued", async () => {
    const order: string[] = [];
    const next = nextTask().then(() => order.push("next task"));
    void Promise.resolve().then(() => order.push("microtask"));
    await next;
    expect(order).toEqual(["microtask", "next task"]);
  });

  it("hands over to scheduler.yield where the browser has it", async () => {
    const yieldToMain = vi.fn<() => Promise<void>>(async () => undefined);
    vi.stubGlobal("scheduler", { yield: yieldToMain });
    await nextTask();
    expect(yieldToMain).toHaveBeenCalledOnce();
  });
});
