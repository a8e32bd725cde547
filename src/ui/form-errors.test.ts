import type { ErrorOption } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod/mini";
import { ApiError } from "../api/errors.ts";
import en from "../i18n/locales/en.json" with { type: "json" };
import { catalogKeyResolver, setServerFieldErrors } from "./form-errors.ts";

const schema = z.object({
  email: z.email("an English message an API client may read"),
  note: z.string().check(z.maxLength(5)),
  name: z.string().check(z.minLength(2)),
  time: z.string().check(z.regex(/^\d\d:\d\d$/, "must be a time like 09:00")),
});

describe("form errors as catalog keys", () => {
  it("stores a catalog key for each refusal, never the schema's English", async () => {
    const resolve = catalogKeyResolver(schema);
    const { errors } = await resolve({ email: "nope", note: "far too long", name: "", time: "9" }, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    const messages = Object.fromEntries(Object.entries(errors).map(([name, error]) => [name, error?.message]));
    expect(messages).toEqual({
      email: "validation.invalid",
      note: "validation.tooLong",
      name: "validation.required",
      time: "validation.invalid",
    });
    for (const key of Object.values(messages) as string[])
      expect(en.validation).toHaveProperty(key.replace("validation.", ""));
  });

  it("puts the server's field refusals on the fields the form has", () => {
    const setError = vi.fn<(name: "email", error: ErrorOption) => void>();
    const error = new ApiError({
      code: "validation",
      message: "Some of what was sent is not valid.",
      fields: [
        { path: "email", message: "Invalid email address" },
        { path: "locale", message: "Invalid option" },
      ],
    });
    expect(setServerFieldErrors(error, setError, ["email"])).toBe(true);
    expect(setError).toHaveBeenCalledExactlyOnceWith("email", { type: "server", message: "validation.refused" });
    expect(setServerFieldErrors(error, vi.fn<(name: "name", error: ErrorOption) => void>(), ["name"])).toBe(false);
  });
});
