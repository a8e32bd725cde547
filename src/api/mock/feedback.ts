import { recordOptOutReason } from "../commands/record-opt-out-reason.ts";
import { optOutFeedbackSchema, type OptOutFeedback } from "../contract/feedback.ts";
import { storeAppends } from "./activity.ts";
import { authenticate, type MockContext } from "./context.ts";
import { parseInput } from "./errors.ts";

export async function sendOptOutFeedback(ctx: MockContext, raw: OptOutFeedback): Promise<void> {
  const auth = await authenticate(ctx, "sendOptOutFeedback");
  const input = parseInput(optOutFeedbackSchema, raw);
  storeAppends(auth.customer, recordOptOutReason(input, auth.env).appends);
  ctx.store.write(auth.state);
}
