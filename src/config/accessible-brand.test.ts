import { describe, expect, it, vi } from "vitest";
import { testConfig } from "../test/render.tsx";
import { accessibleBrand } from "./accessible-brand.ts";
import { applyBrand } from "./apply-brand.ts";
import { contrastRatio } from "./contrast.ts";

describe("accessibleBrand", () => {
  it("keeps colours that pass, without a warning", () => {
    expect(accessibleBrand({ primary: "#1f5f4a", onPrimary: "#ffffff" })).toEqual({
      brand: { primary: "#1f5f4a", onPrimary: "#ffffff" },
      warnings: [],
    });
  });
  it("darkens a pale brand colour until focus rings and indicators reach 3:1 on white", () => {
    const { brand, warnings } = accessibleBrand({ primary: "#8fd3b6", onPrimary: "#000000" });
    expect(contrastRatio(brand.primary, "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(brand.primary).not.toBe("#8fd3b6");
    expect(warnings[0]).toMatch(/brand\.primary #8fd3b6 .* using #[0-9a-f]{6} instead/);
  });
  it("replaces unreadable button text with white or black, whichever reads better", () => {
    const { brand, warnings } = accessibleBrand({ primary: "#1f5f4a", onPrimary: "#2a6a55" });
    expect(brand.onPrimary).toBe("#ffffff");
    expect(contrastRatio(brand.onPrimary, brand.primary)).toBeGreaterThanOrEqual(4.5);
    expect(warnings).toHaveLength(1);
    // Mid grey, the hardest case: one of white and black still reaches 4.5:1.
    const grey = accessibleBrand({ primary: "#767676", onPrimary: "#777777" }).brand;
    expect(contrastRatio(grey.onPrimary, grey.primary)).toBeGreaterThanOrEqual(4.5);
  });
});

describe("applyBrand", () => {
  it("sets the readable colours and warns the operator in the console", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const root = document.createElement("div");
    applyBrand({ ...testConfig, brand: { primary: "#ffeb3b", onPrimary: "#ffffff" } }, root);
    const primary = root.style.getPropertyValue("--brand-primary");
    const onPrimary = root.style.getPropertyValue("--brand-on-primary");
    expect(contrastRatio(primary, "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(onPrimary, primary)).toBeGreaterThanOrEqual(4.5);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("privacy-center.config.json: brand.primary #ffeb3b"));
    warn.mockRestore();
  });
});
