import type { FieldIssue } from "../contract/errors.ts";

export type RuleErrorCode = "validation" | "conflict" | "not_found" | "forbidden" | "rate_limited";

/**
 * The one way a shared rule or command says no. Each backend turns it into its own error (ApiError in the mock,
 * an HTTP answer on the server) in exactly one place, so a refusal reads the same whoever enforced it.
 */
export class RuleError extends Error {
  readonly code: RuleErrorCode;
  readonly fields: FieldIssue[] | undefined;
  /** With `conflict`: the state the write should have been based on, for the UI to show. */
  readonly current: unknown;
  readonly retryAfter: number | undefined;

  constructor(
    code: RuleErrorCode,
    message: string,
    extra: { fields?: FieldIssue[]; current?: unknown; retryAfter?: number } = {},
  ) {
    super(message);
    this.name = "RuleError";
    this.code = code;
    this.fields = extra.fields;
    this.current = extra.current;
    this.retryAfter = extra.retryAfter;
  }
}

export const invalid = (fields: FieldIssue[], message = "Some of what was sent is not valid.") =>
  new RuleError("validation", message, { fields });

export const invalidField = (path: string, message: string) => invalid([{ path, message }]);

export const conflict = (current: unknown, message = "This was changed elsewhere; showing the latest version.") =>
  new RuleError("conflict", message, { current });

export const notFound = (message: string) => new RuleError("not_found", message);

export const forbidden = (message: string) => new RuleError("forbidden", message);
