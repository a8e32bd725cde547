import { z } from "zod/mini";

/** Why someone stopped marketing: asked only afterwards, never required. */
export const optOutReasonSchema = z.enum(["too_many", "not_relevant", "never_signed_up", "other"]);
export type OptOutReason = z.infer<typeof optOutReasonSchema>;

export const optOutFeedbackSchema = z.object({ reason: optOutReasonSchema });
export type OptOutFeedback = z.infer<typeof optOutFeedbackSchema>;
