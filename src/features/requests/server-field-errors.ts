import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { isApiError } from "../../api/errors.ts";

/**
 * The server names fields of the request ("correction.proposed.number"); the form knows them without the
 * prefix. A message that is one of our catalog keys says exactly what is wrong; any other says it was refused.
 * Returns whether a field took the error.
 */
export function putServerErrorsOnFields<T extends FieldValues>(
  error: unknown,
  prefix: string,
  setError: UseFormSetError<T>,
): boolean {
  if (!isApiError(error, "validation")) return false;
  let placed = false;
  for (const field of error.fields) {
    if (!field.path.startsWith(prefix)) continue;
    const message = /^(corrections|validation)\.[a-zA-Z.]+$/.test(field.message) ? field.message : "validation.refused";
    setError(field.path.slice(prefix.length) as Path<T>, { type: "server", message }, { shouldFocus: !placed });
    placed = true;
  }
  return placed;
}
