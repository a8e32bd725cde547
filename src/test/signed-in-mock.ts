import { createMockApi } from "../api/mock/create-mock-api.ts";
import { testConfig } from "./render.tsx";

/** A mock backend with the given demo customer signed in through the real magic-link flow. */
export async function signedInMock(email: string, options: { failureRate?: number } = {}) {
  const api = createMockApi({ config: testConfig });
  await api.requestMagicLink({ email });
  const [message] = await api.listDevOutbox();
  const token = new URL(message?.link ?? "http://invalid").hash.replace("#token=", "");
  await api.createSession(token);
  api.setFaults({ failureRate: options.failureRate ?? 0 });
  return api;
}
