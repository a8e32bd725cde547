import type { TFunction } from "i18next";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { z } from "zod";
import type { ApiError } from "../api/errors.ts";

/**
 * Zod's issues as catalog keys instead of English sentences: the form stores the key, the field shows it
 * translated, so no contract message reaches the screen in any locale. Pass as zodResolver's second argument.
 */
export const catalogKeyErrors = {
  error: (issue: z.core.$ZodRawIssue): string => {
    if (issue.input === "" || issue.input === undefined) return "validation.required";
    switch (issue.code) {
      case "too_small":
        return issue.minimum === 1 ? "validation.required" : "validation.tooShort";
      case "too_big":
        return "validation.tooLong";
      case "invalid_format":
        return issue.format === "email" ? "validation.email" : "validation.format";
      default:
        return "validation.invalid";
    }
  },
} as const;

/**
 * Puts the server's refusal on the fields it names, so the person sees it where they typed; the server's words
 * are English, so the field says in the reader's language that the value was refused. Returns whether any
 * field took it (otherwise the caller shows a form-level message).
 */
export function setServerFieldErrors<T extends FieldValues>(
  error: ApiError,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  const known = error.fields.filter((field) => (fields as readonly string[]).includes(field.path));
  for (const field of known) setError(field.path as Path<T>, { type: "server", message: "validation.refused" });
  return known.length > 0;
}

/** A field's own wording where the catalog has one ("auth.email.required"), else the generic one. */
export function fieldErrorText(t: TFunction, fieldKey: string, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return t([`${fieldKey}.${message.split(".").at(-1)}`, message]);
}
