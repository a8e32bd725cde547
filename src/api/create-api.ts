import type { OperatorConfig } from "../config/schema.ts";
import type { PrivacyApi } from "./privacy-api.ts";

export interface MockFaults {
  latencyMs?: number;
  failureRate?: number;
}

/** Demos and tests switch on latency or failures with localStorage["candor.mock.faults"] = '{"latencyMs":800}'. */
function readMockFaults(): MockFaults {
  try {
    return JSON.parse(localStorage.getItem("candor.mock.faults") ?? "{}") as MockFaults;
  } catch {
    return {};
  }
}

/** Each adapter is its own chunk, so a deployment only downloads the one it uses. */
export async function createApi(config: OperatorConfig): Promise<PrivacyApi> {
  if (config.api.mode === "http") {
    const { createHttpApi } = await import("./http/create-http-api.ts");
    return createHttpApi({ baseUrl: config.api.baseUrl });
  }
  const { createMockApi } = await import("./mock/create-mock-api.ts");
  return createMockApi({ config, storage: localStorage, sessionStorage, ...readMockFaults() });
}
