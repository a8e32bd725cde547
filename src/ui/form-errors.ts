import { zodResolver } from "@hookform/resolvers/zod";
import type { Translate } from "../i18n/translate.ts";
import type { ErrorOption, FieldError, FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod/mini";
import type { ApiError } from "../api/errors.ts";

/** The catalog key for a refused value, from what kind of refusal it was and whether anything was typed. */
function keyFor(type: string, value: unknown): string {
  if (value === "" || value === undefined || value === null) return "validation.required";
  if (type === "too_small") return "validation.tooShort";
  if (type === "too_big") return "validation.tooLong";
  return "validation.invalid";
}

function isFieldError(value: unknown): value is FieldError {
  return typeof value === "object" && value !== null && "type" in value && typeof value.type === "string";
}

/** A schema written for forms may already speak in catalog keys ("corrections.phone.country"): those stay. */
const catalogKey = /^[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/;

function relabel(errors: FieldErrors, values: unknown): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([name, error]) => {
      const value = (values as Record<string, unknown> | undefined)?.[name];
      if (isFieldError(error))
        return [
          name,
          { ...error, message: catalogKey.test(error.message ?? "") ? error.message : keyFor(error.type, value) },
        ];
      return [name, relabel((error ?? {}) as FieldErrors, value)];
    }),
  );
}

/**
 * zodResolver with the contract's schema, storing catalog keys instead of the schema's English messages (those
 * stay for API clients), so no contract message reaches the screen in any locale.
 */
export function catalogKeyResolver<S extends z.ZodMiniType<FieldValues, FieldValues>>(
  schema: S,
): Resolver<z.input<S>, unknown, z.output<S>> {
  const resolve = zodResolver(schema) as unknown as Resolver<z.input<S>, unknown, z.output<S>>;
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    if (Object.keys(result.errors).length === 0) return result;
    return { values: {}, errors: relabel(result.errors, values) as typeof result.errors };
  };
}

/**
 * The same for a form on a page that renders before any schema is wanted (decision 0080): the schema's module
 * loads with the first check. Where it cannot load (offline), the values go on unchecked: the save then meets the
 * server's check by the same schema, and says what it answered, instead of a press that does nothing.
 */
export function lazyCatalogKeyResolver<S extends z.ZodMiniType<FieldValues, FieldValues>>(
  load: () => Promise<S>,
): Resolver<z.input<S>, unknown, z.output<S>> {
  let loading: Promise<Resolver<z.input<S>, unknown, z.output<S>>> | null = null;
  return async (values, context, options) => {
    loading ??= load().then(catalogKeyResolver, (error: unknown) => {
      loading = null;
      throw error;
    });
    let resolve: Resolver<z.input<S>, unknown, z.output<S>>;
    try {
      resolve = await loading;
    } catch {
      return { values: values as z.output<S>, errors: {} };
    }
    return resolve(values, context, options);
  };
}

/** A field's own wording where the catalog has one ("auth.email.required"), else the generic one. */
export function fieldErrorText(t: Translate, fieldKey: string, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return t([`${fieldKey}.${message.split(".").at(-1)}`, message]);
}

/**
 * Puts the server's refusal on the fields it names, so the person sees it where they typed; the server's words
 * are English, so the field says in the reader's language that the value was refused. Returns whether any
 * field took it (otherwise the caller shows a form-level message).
 */
export function setServerFieldErrors<N extends string>(
  error: ApiError,
  setError: (name: N, error: ErrorOption) => void,
  fields: readonly N[],
): boolean {
  const known = fields.filter((name) => error.fields.some((field) => field.path === name));
  for (const name of known) setError(name, { type: "server", message: "validation.refused" });
  return known.length > 0;
}
