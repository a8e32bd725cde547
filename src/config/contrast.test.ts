import { describe, expect, it } from "vitest";
import { contrastRatio, readableOn } from "./contrast.ts";

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

describe("readableOn", () => {
  it("lightens a dark brand green until it shows on a dark page, keeping it when it already does", () => {
    const onDark = readableOn("#1f5f4a", "#18181b");
    expect(contrastRatio("#1f5f4a", "#18181b")).toBeLessThan(3);
    expect(contrastRatio(onDark, "#18181b")).toBeGreaterThanOrEqual(3);
    expect(onDark).not.toBe("#ffffff");
    expect(readableOn("#1f5f4a", "#ffffff")).toBe("#1f5f4a");
  });
  it("darkens a pale brand colour on a white page", () => {
    const onLight = readableOn("#8fd3b6", "#ffffff", 4.5);
    expect(contrastRatio(onLight, "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });
});
