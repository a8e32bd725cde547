import type { PrivacyRequest } from "../contract/requests.ts";
import { cancelledRequest } from "../rules/requests.ts";
import { notFound } from "../rules/rule-error.ts";
import { assertVersion } from "../rules/versions.ts";
import { appends, historyEvent, type CommandEnv, type Outcome } from "./command.ts";

/** Another subject's request is as invisible as one that does not exist: both are simply not found. */
export const noSuchRequest = () => notFound("There is no such request.");

export function cancelRequest(
  request: PrivacyRequest | undefined,
  input: { baseVersion: number },
  env: CommandEnv,
): Outcome<PrivacyRequest> {
  if (!request) throw noSuchRequest();
  assertVersion(request, input.baseVersion);
  const next = cancelledRequest(request, env.now);
  const event = historyEvent(env, {
    action: "request_cancelled",
    target: `request:${request.id}`,
    before: request.status,
    after: "cancelled",
  });
  return { next, appends: appends({ activity: [event] }), response: next };
}
