/**
 * Why someone stopped marketing, without zod: the preferences page lists the reasons before any schema is wanted
 * (decision 0080). The contract's `optOutReasonSchema` is built from them.
 */
export const optOutReasons = ["too_many", "not_relevant", "never_signed_up", "other"] as const;
export type OptOutReason = (typeof optOutReasons)[number];
