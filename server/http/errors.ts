import type { Context } from "hono";
import type { ErrorBody, ErrorCode, FieldIssue } from "../../src/api/contract/errors.ts";
import { statusOfCode } from "../../src/api/errors.ts";
import { RuleError } from "../../src/api/rules/rule-error.ts";

/** Thrown by handlers and middleware; becomes a JSON body matching the contract's errorBodySchema. */
export class HttpError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: FieldIssue[] | undefined;
  readonly current: unknown;
  readonly retryAfter: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { status?: number; fields?: FieldIssue[]; current?: unknown; retryAfter?: number } = {},
  ) {
    super(message);
    this.name = "HttpError";
    this.code = code;
    this.status = extra.status ?? statusOfCode[code];
    this.fields = extra.fields;
    this.current = extra.current;
    this.retryAfter = extra.retryAfter;
  }
}

export const notFound = () => new HttpError("not_found", "Nothing here.");

export function validationError(fields: FieldIssue[], message = "Some of what was sent is not valid."): HttpError {
  return new HttpError("validation", message, { fields });
}

/** The one place a shared rule's refusal becomes an HTTP answer. */
export function fromRuleError(error: RuleError): HttpError {
  return new HttpError(error.code, error.message, {
    ...(error.fields ? { fields: error.fields } : {}),
    ...(error.current !== undefined ? { current: error.current } : {}),
    ...(error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}),
  });
}

export function errorBody(error: HttpError, requestId: string): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      requestId,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.current !== undefined ? { current: error.current } : {}),
      ...(error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}),
    },
  };
}

export function sendError(c: Context, error: HttpError): Response {
  const requestId = (c.get("requestId" as never) as string | undefined) ?? "";
  if (error.retryAfter !== undefined) c.header("Retry-After", String(error.retryAfter));
  return c.json(errorBody(error, requestId), error.status as 400);
}
