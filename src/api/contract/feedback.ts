import { z } from "zod/mini";
import { optOutReasons } from "./opt-out-reasons.ts";

/** Why someone stopped marketing: asked only afterwards, never required. */
export const optOutReasonSchema = z.enum(optOutReasons);
export type OptOutReason = z.infer<typeof optOutReasonSchema>;

export const optOutFeedbackSchema = z.object({ reason: optOutReasonSchema });
export type OptOutFeedback = z.infer<typeof optOutFeedbackSchema>;
