import { describe, expect, it } from "vitest";
import { endonymOf } from "./endonyms.ts";
import { catalogLocales } from "./pick-locale.ts";

describe("endonymOf", () => {
  it("names every catalog language in itself, as Intl.DisplayNames does", () => {
    for (const locale of catalogLocales)
      expect(endonymOf(locale)).toBe(new Intl.DisplayNames([locale], { type: "language" }).of(locale));
  });
});
