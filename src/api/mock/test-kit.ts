import { expect } from "vitest";
import rawConfig from "../../../public/privacy-center.config.json" with { type: "json" };
import { operatorConfigSchema } from "../contract/operator-config.ts";
import type { OutboxMessage } from "../contract/session.ts";
import { ApiError } from "../errors.ts";
import { createMockApi, type MockApi, type MockApiOptions } from "./create-mock-api.ts";
import { createMemoryStorage } from "./memory-storage.ts";

export const config = operatorConfigSchema.parse(rawConfig);
export const origin = "https://privacy.test";

export function testClock(start = "2026-05-14T10:00:00.000Z") {
  let time = new Date(start).getTime();
  return { now: () => new Date(time), advance: (ms: number) => void (time += ms) };
}

/** A mock with its own storage, tab and clock; pass `storage` to share state with another instance. */
export function setup(overrides: Partial<MockApiOptions> = {}) {
  const clock = testClock();
  const storage = overrides.storage ?? createMemoryStorage();
  const tab = overrides.sessionStorage ?? createMemoryStorage();
  const api = createMockApi({ config, storage, sessionStorage: tab, now: clock.now, appOrigin: origin, ...overrides });
  return { api, clock, storage, tab };
}

export const tokenOf = (message: OutboxMessage | undefined): string => {
  if (!message?.link) throw new Error("no link in the message");
  return new URL(message.link).hash.replace(/^#token=/, "");
};

export async function latestToken(api: MockApi): Promise<string> {
  return tokenOf((await api.listDevOutbox())[0]);
}

export async function signIn(api: MockApi, email = "it.customer@example.com") {
  await api.requestMagicLink({ email });
  return api.createSession(await latestToken(api));
}

export async function expectApiError(
  promise: Promise<unknown>,
  code: ApiError["code"],
  status?: number,
): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  const apiErr = error as ApiError;
  expect(apiErr.code).toBe(code);
  if (status !== undefined) expect(apiErr.status).toBe(status);
  return apiErr;
}
