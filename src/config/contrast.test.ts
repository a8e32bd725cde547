import { describe, expect, it } from "vitest";
import { contrastRatio } from "./contrast.ts";

describe("contrastRatio", () => {
  it("is 21 for black on white and 1 for a colour on itself", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 1);
    expect(contrastRatio("#1f5f4a", "#1f5f4a")).toBe(1);
  });
  it("flags a pale brand colour under the AA minimum", () => {
    expect(contrastRatio("#ffffff", "#8fd3b6")).toBeLessThan(4.5);
    expect(contrastRatio("#ffffff", "#1f5f4a")).toBeGreaterThan(4.5);
  });
});
