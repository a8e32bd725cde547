/** Catalog key for what is wrong with the email the person typed, or undefined when nothing is. */
export function emailErrorKey(valid: boolean, value: string): string | undefined {
  if (valid) return undefined;
  return value.trim() === "" ? "auth.email.required" : "auth.email.invalid";
}
