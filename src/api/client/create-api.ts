import type { OperatorConfig } from "../contract/operator-config.ts";
import type { MockControls } from "../mock/create-mock-api.ts";
import type { PrivacyApi } from "../privacy-api.ts";
import { withChangeReason } from "./change-reason.ts";

export interface MockFaults {
  latencyMs?: number;
  failureRate?: number;
  failEveryNthWrite?: number;
}

/** What a demo visitor can do to the in-browser backend; absent with a real server. */
export type DemoControls = Pick<MockControls, "reset">;

/** Demos and tests switch on latency or failures with localStorage["candor.mock.faults"] = '{"latencyMs":800}'. */
function readMockFaults(): MockFaults {
  try {
    return JSON.parse(localStorage.getItem("candor.mock.faults") ?? "{}") as MockFaults;
  } catch {
    return {};
  }
}

/** Each adapter is its own chunk, so a deployment only downloads the one it uses. */
export async function createApi(config: OperatorConfig): Promise<{ api: PrivacyApi; demo: DemoControls | null }> {
  if (config.api.mode === "http") {
    const { createHttpApi } = await import("../http/create-http-api.ts");
    return { api: withChangeReason(createHttpApi({ baseUrl: config.api.baseUrl })), demo: null };
  }
  const { createMockApi } = await import("../mock/create-mock-api.ts");
  // Requests filed in the demo move on every two minutes, so a visitor sees each state.
  const api = createMockApi({
    config,
    storage: localStorage,
    sessionStorage,
    requestPaceMs: 2 * 60_000,
    ...readMockFaults(),
  });
  return { api: withChangeReason(api), demo: api };
}
