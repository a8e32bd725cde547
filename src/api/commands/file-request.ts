import type { Jurisdiction } from "../contract/common.ts";
import type { NewPrivacyRequest, PrivacyRequest } from "../contract/requests.ts";
import { newId } from "../rules/ids.ts";
import { filedRequest } from "../rules/requests.ts";
import { assertRoomForRequest } from "../rules/write-limits.ts";
import { appends, historyEvent, type CommandEnv, type Outcome } from "./command.ts";

/**
 * A new request, due when the subject's law says, and a line of history saying it was received; refused while
 * the subject already has the most open requests allowed.
 */
export function fileRequest(
  existing: readonly PrivacyRequest[],
  input: Required<NewPrivacyRequest>,
  env: CommandEnv & { jurisdiction: Jurisdiction },
): Outcome<PrivacyRequest> {
  assertRoomForRequest(existing);
  const request = filedRequest(newId("req"), input, env.jurisdiction, env.now);
  const event = historyEvent(env, { action: "request_created", target: `request:${request.id}`, after: "received" });
  return { next: request, appends: appends({ activity: [event] }), response: request };
}
