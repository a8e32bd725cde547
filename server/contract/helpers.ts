import { expect } from "vitest";
import type { Session } from "../../src/api/contract/session.ts";
import { ApiError } from "../../src/api/errors.ts";
import type { PrivacyApi } from "../../src/api/privacy-api.ts";

export const customers = {
  br: "br.customer@example.com",
  it: "it.customer@example.com",
  ca: "ca.customer@example.com",
  tw: "tw.customer@example.com",
} as const;

/** The token of the newest sign-in email to this address, read from the outbox as a person reads their inbox. */
export async function latestToken(api: PrivacyApi, email: string): Promise<string> {
  const message = (await api.listDevOutbox()).find((candidate) => candidate.to === email);
  expect(message, `no email to ${email}`).toBeDefined();
  const link = new URL(message!.link!);
  expect(link.pathname).toBe("/auth/confirm");
  const token = new URLSearchParams(link.hash.slice(1)).get("token");
  expect(token).toBeTruthy();
  return token!;
}

export async function signIn(api: PrivacyApi, email: string): Promise<Session> {
  await api.requestMagicLink({ email });
  const { session } = await api.createSession(await latestToken(api, email));
  return session;
}

/** The ApiError a call rejects with. */
export async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!("error" in outcome)) throw new Error(`Expected a rejection, got ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(ApiError);
  return outcome.error as ApiError;
}
