import type { OptOutFeedback } from "../contract/feedback.ts";
import { appends, historyEvent, type CommandEnv, type Outcome } from "./command.ts";

/** The reason goes into the customer's own history, where they can see what they told the company. */
export function recordOptOutReason(input: OptOutFeedback, env: CommandEnv): Outcome<null, null> {
  const event = historyEvent(env, { action: "opt_out_feedback", target: "marketing", after: input.reason });
  return { next: null, appends: appends({ activity: [event] }), response: null };
}
