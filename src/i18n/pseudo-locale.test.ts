import { describe, expect, it } from "vitest";
import { pseudoCatalog } from "./pseudo-locale.ts";

describe("pseudoCatalog", () => {
  it("wraps every string, nested ones too, and keeps placeholders working", () => {
    expect(pseudoCatalog({ a: "Hello, {{name}}", b: { c_one: "{{count}} item" } })).toEqual({
      a: "⟦Hello, {{name}}⟧",
      b: { c_one: "⟦{{count}} item⟧" },
    });
  });
});
