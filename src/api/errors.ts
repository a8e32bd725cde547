import type { ErrorCode, FieldIssue } from "./contract/errors.ts";

/** The one error type features see; `code` says what went wrong, the rest is detail for that code. */
export class ApiError extends Error {
  readonly code: ErrorCode | "network" | "contract";
  readonly status: number;
  readonly fields: FieldIssue[];
  readonly current: unknown;
  readonly retryAfter: number | null;
  readonly requestId: string | null;

  constructor(init: {
    code: ApiError["code"];
    message: string;
    status?: number;
    fields?: FieldIssue[];
    current?: unknown;
    retryAfter?: number | null;
    requestId?: string | null;
  }) {
    super(init.message);
    this.name = "ApiError";
    this.code = init.code;
    this.status = init.status ?? 0;
    this.fields = init.fields ?? [];
    this.current = init.current;
    this.retryAfter = init.retryAfter ?? null;
    this.requestId = init.requestId ?? null;
  }
}

export const statusOfCode: Record<ErrorCode, number> = {
  validation: 400,
  token_invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  reauthentication_required: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
};

export function isApiError(error: unknown, code?: ApiError["code"]): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
