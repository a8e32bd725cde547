import type { ErrorOption } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod/mini";
import { ApiError } from "../api/errors.ts";
import en from "../i18n/locales/en.json" with { type: "json" };
import { catalogKeyResolver, lazyCatalogKeyResolver, setServerFieldErrors } from "./form-errors.ts";

const schema = z.object({
  email: z.email("an English message an API client may read"),
  note: z.string().check(z.maxLength(5)),
  name: z.string().check(z.minLength(2)),
  time: z.string().check(z.regex(/^\d\d:\d\d$/, "must be a time like 09:00")),
});

const checkOptions = { fields: {}, shouldUseNativeValidation: false };

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

describe("a form whose schema loads with its first check", () => {
  it("loads the schema once, at the first check, and refuses as the schema does", async () => {
    const load = vi.fn<() => Promise<typeof schema>>(async () => schema);
    const resolve = lazyCatalogKeyResolver(load);
    expect(load).not.toHaveBeenCalled();
    const refused = await resolve({ email: "nope", note: "", name: "Jo", time: "09:00" }, undefined, checkOptions);
    expect(refused.errors.email?.message).toBe("validation.invalid");
    const accepted = await resolve(
      { email: "jo@example.com", note: "", name: "Jo", time: "09:00" },
      undefined,
      checkOptions,
    );
    expect(accepted).toEqual({ values: { email: "jo@example.com", note: "", name: "Jo", time: "09:00" }, errors: {} });
    expect(load).toHaveBeenCalledOnce();
  });

  it("lets the values through where the schema cannot load, and tries again at the next check", async () => {
    const load = vi.fn<() => Promise<typeof schema>>().mockRejectedValueOnce(new TypeError("Failed to fetch"));
    load.mockResolvedValue(schema);
    const resolve = lazyCatalogKeyResolver(load);
    const values = { email: "nope", note: "", name: "Jo", time: "09:00" };
    expect(await resolve(values, undefined, checkOptions)).toEqual({ values, errors: {} });
    expect((await resolve(values, undefined, checkOptions)).errors.email?.message).toBe("validation.invalid");
    expect(load).toHaveBeenCalledTimes(2);
  });
});
