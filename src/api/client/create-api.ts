import type { OperatorConfig } from "../contract/operator-config.ts";
import type { MockControls } from "../mock/create-mock-api.ts";
import type { PrivacyApi } from "../privacy-api.ts";

export interface MockFaults {
  latencyMs?: number;
  failureRate?: number;
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
    return { api: createHttpApi({ baseUrl: config.api.baseUrl }), demo: null };
  }
  const { createMockApi } = await import("../mock/create-mock-api.ts");
  const api = createMockApi({ config, storage: localStorage, sessionStorage, ...readMockFaults() });
  return { api, demo: api };
}
