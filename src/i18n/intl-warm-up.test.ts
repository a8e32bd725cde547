import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/** A stand-in for the browser's Worker: records what it was sent, and answers only when the test says so. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  sent: unknown[] = [];
  terminated = false;
  readonly url: URL;
  readonly options: WorkerOptions;
  constructor(url: URL, options: WorkerOptions) {
    super();
    this.url = url;
    this.options = options;
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer() {
    this.dispatchEvent(new MessageEvent("message", { data: this.sent[0] }));
  }
}

const settled = (promise: Promise<void>) =>
  Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(resolve, 0, false))]);

async function freshWarmIntl() {
  vi.resetModules();
  return (await import("./intl-warm-up.ts")).warmIntl;
}

describe("warmIntl", () => {
  beforeEach(() => {
    FakeWorker.made = [];
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("has a module worker build the locale's formatters, and is done when it answers", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const warmIntl = await freshWarmIntl();
    const warmed = warmIntl("pt-BR");
    const [worker] = FakeWorker.made;
    expect(worker?.options).toEqual({ type: "module" });
    expect(worker?.url.pathname).toMatch(/intl-warm-up\.worker\.ts$/);
    expect(worker?.sent).toEqual(["pt-BR"]);
    expect(await settled(warmed)).toBe(false);
    worker!.answer();
    expect(await settled(warmed)).toBe(true);
    expect(worker!.terminated).toBe(true);
  });

  it("warms each locale once, however often start-up asks", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const warmIntl = await freshWarmIntl();
    const first = warmIntl("pl");
    expect(warmIntl("pl")).toBe(first);
    void warmIntl("it");
    expect(FakeWorker.made.map((worker) => worker.sent)).toEqual([["pl"], ["it"]]);
  });

  it("does not hold start-up when the worker fails or never answers", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const warmIntl = await freshWarmIntl();
    const failing = warmIntl("it");
    FakeWorker.made[0]!.dispatchEvent(new Event("error"));
    expect(await settled(failing)).toBe(true);

    vi.useFakeTimers();
    const silent = warmIntl("zh-TW");
    await vi.advanceTimersByTimeAsync(1499);
    let done = false;
    void silent.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(FakeWorker.made[1]!.terminated).toBe(true);
  });

  it("is done at once where the browser has no workers, or refuses this one", async () => {
    vi.stubGlobal("Worker", undefined);
    expect(await settled((await freshWarmIntl())("en"))).toBe(true);
    vi.stubGlobal(
      "Worker",
      vi.fn(function refuse() {
        throw new DOMException("refused", "SecurityError");
      }),
    );
    expect(await settled((await freshWarmIntl())("en"))).toBe(true);
  });
});
