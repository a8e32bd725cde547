import { describe, expect, it } from "vitest";
import { isWellFormedToken, randomToken } from "./ids.ts";

describe("isWellFormedToken", () => {
  it("accepts what randomToken makes and refuses a cut, padded or changed one", () => {
    const token = randomToken();
    expect(isWellFormedToken(token)).toBe(true);
    expect(isWellFormedToken(token.slice(0, 30))).toBe(false);
    expect(isWellFormedToken(`${token}=`)).toBe(false);
    expect(isWellFormedToken(`${token.slice(0, 42)}!`)).toBe(false);
    expect(isWellFormedToken("garbage123")).toBe(false);
  });
});
