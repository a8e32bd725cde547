import type { OperatorConfig } from "../contract/operator-config.ts";
import type { Session } from "../contract/session.ts";
import type { Provisional } from "../http/request.ts";
import { tabHoldsNoSession } from "../mock/tab-keys.ts";
import type { PrivacyApi } from "../privacy-api.ts";

export interface MockFaults {
  latencyMs?: number;
  failureRate?: number;
  failEveryNthWrite?: number;
}

/** What a demo visitor can do to the in-browser backend; absent with a real server. */
export interface DemoControls {
  /** Back to the seed, signed out; done when it settles (the backend may still have been loading). */
  reset(): Promise<void>;
}

/** Demos and tests switch on latency or failures with localStorage["candor.mock.faults"] = '{"latencyMs":800}'. */
function readMockFaults(): MockFaults {
  try {
    return JSON.parse(localStorage.getItem("candor.mock.faults") ?? "{}") as MockFaults;
  } catch {
    return {};
  }
}

export interface CreatedApi {
  api: PrivacyApi;
  demo: DemoControls | null;
  /** The session to start from; over HTTP checked against the contract only when `check` is called (decision 0065). */
  readFirstSession: () => Promise<Provisional<Session | null>>;
  /** Where the adapter loads on first use: starts loading it ahead of that use, when the person starts to act. */
  prepare?: () => void;
}

const httpAdapter = () => import("../http/create-http-api.ts");

/**
 * The adapter, and the API the app calls: the adapter with the acting support agent's change reason added to every
 * write. Only support agents give one, so the reason's store loads beside the adapter rather than in the entry.
 */
async function withChangeReasonOf<Adapter extends PrivacyApi>(
  adapter: Promise<Adapter>,
): Promise<{ adapter: Adapter; api: PrivacyApi }> {
  const [loaded, { withChangeReason }] = await Promise.all([adapter, import("./change-reason.ts")]);
  return { adapter: loaded, api: withChangeReason(loaded) };
}

/**
 * An API whose adapter is loaded by its first call. Every method answers a promise, so a caller cannot tell,
 * except that the first call also waits for the adapter's code. Not a promise itself: `then` is no method of it.
 * `loaded` is the adapter itself, for what it offers beside the API (the demo's reset).
 */
function loadedOnFirstCall<Adapter extends PrivacyApi>(
  load: () => Promise<Adapter>,
): { api: PrivacyApi; prepare: () => void; loaded: () => Promise<Adapter> } {
  let loading: Promise<{ adapter: Adapter; api: PrivacyApi }> | undefined;
  const loaded = () => (loading ??= withChangeReasonOf(load()));
  const api = new Proxy({} as PrivacyApi, {
    get: (_target, name) =>
      typeof name === "symbol" || name === "then"
        ? undefined
        : async (...args: unknown[]) => {
            const { api: adapter } = await loaded();
            return (adapter[name as keyof PrivacyApi] as (...input: unknown[]) => Promise<unknown>)(...args);
          },
  });
  return {
    api,
    loaded: async () => (await loaded()).adapter,
    // A failed load is not kept: the call that needs the adapter tries again and reports the failure itself.
    prepare: () => void loaded().catch(() => (loading = undefined)),
  };
}

/**
 * Each adapter is its own chunk, so a deployment only downloads the one it uses. A page the server rendered for
 * a browser without a session cookie (`signedOut`) has no session to read: its adapter loads when the person
 * first acts, not with the page (decision 0070).
 */
export async function createApi(config: OperatorConfig, { signedOut = false } = {}): Promise<CreatedApi> {
  if (config.api.mode === "http") {
    const options = { baseUrl: config.api.baseUrl };
    if (signedOut) {
      const { api, prepare } = loadedOnFirstCall(async () => (await httpAdapter()).createHttpApi(options));
      return { api, prepare, demo: null, readFirstSession: async () => ({ answer: null, check: async () => null }) };
    }
    const adapter = httpAdapter();
    const { api } = await withChangeReasonOf(adapter.then(({ createHttpApi }) => createHttpApi(options)));
    const { readSessionProvisionally } = await adapter;
    return { api, demo: null, readFirstSession: () => readSessionProvisionally(options) };
  }
  const loadMock = async () => {
    const { createMockApi } = await import("../mock/create-mock-api.ts");
    // Requests filed in the demo move on every two minutes, so a visitor sees each state.
    return createMockApi({
      config,
      storage: localStorage,
      sessionStorage,
      requestPaceMs: 2 * 60_000,
      ...readMockFaults(),
    });
  };
  // A tab holding no session token has no session to read, as a browser without a session cookie: the in-browser
  // backend (its schemas and the demo's data) loads when the visitor first acts, not with the page (issue 12).
  if (tabHoldsNoSession(sessionStorage)) {
    const { api, prepare, loaded } = loadedOnFirstCall(loadMock);
    return {
      api,
      prepare,
      demo: { reset: async () => (await loaded()).reset() },
      readFirstSession: async () => ({ answer: null, check: async () => null }),
    };
  }
  const { adapter: mock, api } = await withChangeReasonOf(loadMock());
  // The in-browser backend checks what it answers as it answers, with the schemas it loaded.
  const readFirstSession = async () => {
    const session = await mock.getSession();
    return { answer: session, check: async () => session };
  };
  return { api, demo: { reset: async () => mock.reset() }, readFirstSession };
}
