import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect.ts";

describe("safeRedirect", () => {
  it("keeps paths of this app", () => {
    expect(safeRedirect("/requests")).toBe("/requests");
  });
  it("drops other origins and protocol-relative URLs", () => {
    expect(safeRedirect("https://evil.example")).toBeUndefined();
    expect(safeRedirect("//evil.example")).toBeUndefined();
    expect(safeRedirect("/\\evil.example")).toBeUndefined();
    expect(safeRedirect(null)).toBeUndefined();
  });
});
