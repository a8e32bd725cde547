import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError } from "../api/errors.ts";
import en from "../i18n/locales/en.json" with { type: "json" };
import { catalogKeyErrors, setServerFieldErrors } from "./form-errors.ts";

const schema = z.object({ email: z.email(), note: z.string().max(5), name: z.string().min(2) });

describe("form errors as catalog keys", () => {
  it("turns each zod issue into a key the catalog has, never an English sentence", () => {
    const result = schema.safeParse({ email: "nope", note: "far too long", name: "" }, catalogKeyErrors);
    const byField = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]),
    );
    expect(byField).toEqual({ email: "validation.email", note: "validation.tooLong", name: "validation.required" });
    for (const key of Object.values(byField) as string[])
      expect(en.validation).toHaveProperty(key.replace("validation.", ""));
  });

  it("puts the server's field refusals on the fields the form has", () => {
    const setError = vi.fn();
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
    expect(setServerFieldErrors(error, vi.fn(), ["name"])).toBe(false);
  });
});
