import type { z } from "zod";
import { ApiError, statusOfCode } from "../errors.ts";
import type { ErrorCode, FieldIssue } from "../contract/errors.ts";
import { PreferenceRuleError } from "../rules/preferences.ts";
import { VersionConflict } from "../rules/versions.ts";

export function apiError(
  code: ErrorCode,
  message: string,
  extra: { fields?: FieldIssue[]; current?: unknown; retryAfter?: number } = {},
): ApiError {
  return new ApiError({ code, message, status: statusOfCode[code], ...extra });
}

export function validationError(fields: FieldIssue[], message = "Some of what was sent is not valid."): ApiError {
  return apiError("validation", message, { fields });
}

const fieldsOf = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));

/** Inputs go through the contract's schemas exactly as the server's validators do. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(fieldsOf(result.error));
  return result.data;
}

/** Answers are checked against the contract too, so a mock bug shows up here rather than as a confusing UI. */
export function parseOutput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new ApiError({
      code: "contract",
      status: 500,
      message: `The mock answered outside the contract: ${result.error.message}`,
    });
  return result.data;
}

/** The shared rules throw their own errors; features only ever see ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof VersionConflict)
    return apiError("conflict", error.message, { current: structuredClone(error.current) });
  if (error instanceof PreferenceRuleError) return validationError([{ path: error.path, message: error.message }]);
  return apiError("internal", error instanceof Error ? error.message : "Something went wrong in the mock.");
}
