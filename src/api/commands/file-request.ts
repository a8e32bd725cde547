import type { z } from "zod/mini";
import type { Jurisdiction } from "../contract/common.ts";
import type { DataItem } from "../contract/data.ts";
import type { newPrivacyRequestSchema, PrivacyRequest } from "../contract/requests.ts";
import { acceptedCorrection } from "../rules/corrections.ts";
import { newId } from "../rules/ids.ts";
import { filedRequest } from "../rules/requests.ts";
import { assertFreshSignIn } from "../rules/step-up.ts";
import { assertRoomForRequest } from "../rules/write-limits.ts";
import { appends, historyEvent, type CommandEnv, type Outcome } from "./command.ts";

/**
 * A new request, due when the subject's law says, and a line of history saying it was received. A correction
 * is checked against the item it names; a deletion needs a recent sign-in (step-up); refused while the subject
 * already has the most open requests allowed.
 */
export function fileRequest(
  existing: readonly PrivacyRequest[],
  input: z.output<typeof newPrivacyRequestSchema>,
  env: CommandEnv & { jurisdiction: Jurisdiction; dataItems: readonly DataItem[] },
): Outcome<PrivacyRequest> {
  assertRoomForRequest(existing);
  if (input.type === "deletion") assertFreshSignIn(env.session, env.now);
  const correction = input.correction ? acceptedCorrection(env.dataItems, input.correction) : undefined;
  const request = filedRequest(newId("req"), input, env.jurisdiction, env.now, correction);
  const event = historyEvent(env, { action: "request_created", target: `request:${request.id}`, after: "received" });
  return { next: request, appends: appends({ activity: [event] }), response: request };
}
