import { afterEach, describe, expect, it } from "vitest";
import { captureSignInToken, forgetSignInToken, pendingSignInToken } from "./sign-in-token.ts";

afterEach(() => {
  forgetSignInToken();
  window.history.replaceState(null, "", "/");
});

describe("captureSignInToken", () => {
  it("keeps the token in memory and strips it from the address bar", () => {
    window.history.replaceState(null, "", "/auth/confirm#token=abc123");
    captureSignInToken();
    expect(pendingSignInToken()).toBe("abc123");
    expect(window.location.href).not.toContain("abc123");
    expect(window.location.pathname).toBe("/auth/confirm");
  });

  it("leaves other URLs alone", () => {
    window.history.replaceState(null, "", "/overview#main");
    captureSignInToken();
    expect(pendingSignInToken()).toBeNull();
    expect(window.location.hash).toBe("#main");
  });
});
