import type { z } from "zod/mini";
import type { ErrorCode, FieldIssue } from "../contract/errors.ts";
import { ApiError, statusOfCode } from "../errors.ts";
import { parseWith } from "../rules/parse.ts";
import { RuleError } from "../rules/rule-error.ts";

export function apiError(
  code: ErrorCode,
  message: string,
  extra: { fields?: FieldIssue[]; current?: unknown; retryAfter?: number } = {},
): ApiError {
  return new ApiError({ code, message, status: statusOfCode[code], ...extra });
}

/** Inputs go through the contract's schemas exactly as the server's validators do. */
export const parseInput = <S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> => parseWith(schema, input);

/** Answers are checked against the contract too, so a mock bug shows up here rather than as a confusing UI. */
export function parseOutput<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new ApiError({
      code: "contract",
      status: 500,
      message: `The mock answered outside the contract: ${result.error.message}`,
    });
  return result.data;
}

/** The one place a shared rule's refusal becomes what features see from the mock: an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof RuleError)
    return apiError(error.code, error.message, {
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.current !== undefined ? { current: structuredClone(error.current) } : {}),
      ...(error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}),
    });
  return apiError("internal", error instanceof Error ? error.message : "Something went wrong in the mock.");
}
