import type { z } from "zod/mini";
import type { FieldIssue } from "../contract/errors.ts";
import { invalid } from "./rule-error.ts";

/** Zod paths joined with dots ("changes.0.topicId"), the form every field error of the API uses. */
export function fieldsOf(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}

/** Input through the contract's schema, the same on both backends; a refusal names each field. */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown, message?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(fieldsOf(result.error), message);
  return result.data;
}
