import { describe, expect, it } from "vitest";
import { isAppPath, safeRedirect } from "./safe-redirect.ts";

describe("safeRedirect", () => {
  it("keeps paths of this app", () => {
    expect(safeRedirect("/requests")).toBe("/requests");
    expect(safeRedirect("/preferences?topic=offers#email")).toBe("/preferences?topic=offers#email");
  });

  it("drops other origins and protocol-relative URLs", () => {
    expect(safeRedirect("https://evil.example")).toBeUndefined();
    expect(safeRedirect("//evil.example")).toBeUndefined();
    expect(safeRedirect("/\\evil.example")).toBeUndefined();
    expect(safeRedirect(null)).toBeUndefined();
  });

  it("drops what URL parsing would turn into another origin", () => {
    for (const value of [
      "/\t/evil.example/",
      "/\n/evil.example/",
      "/\r/evil.example/",
      "/\r\n/evil.example",
      "/a/..\\..\\//evil.example",
      "/pre\u0000ferences",
      "/\u0085x",
      "/\ud800",
    ])
      expect(isAppPath(value)).toBe(false);
  });

  it("drops what is too long to be a path of this app", () => {
    expect(isAppPath(`/${"a".repeat(499)}`)).toBe(true);
    expect(isAppPath(`/${"a".repeat(500)}`)).toBe(false);
  });
});
