import type { FieldError } from "react-hook-form";

/** Catalog key for what is wrong with the email the person typed. */
export function emailErrorKey(error: FieldError | undefined, value: string): string | undefined {
  if (!error) return undefined;
  return value.trim() === "" ? "auth.email.required" : "auth.email.invalid";
}
