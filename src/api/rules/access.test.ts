import { describe, expect, it } from "vitest";
import { endpoints } from "../endpoints.ts";
import { accessDenial } from "./access.ts";

const customer = { kind: "customer" } as const;
const support = (mode: "read_only" | "act") => ({ kind: "support", agentName: "Sam", reason: "Call", mode }) as const;

describe("accessDenial", () => {
  it("lets anyone call auth-none endpoints", () => {
    expect(accessDenial(null, endpoints.requestMagicLink)).toBeNull();
  });
  it("asks for a session elsewhere", () => {
    expect(accessDenial(null, endpoints.getPreferences)?.code).toBe("unauthorized");
  });
  it("keeps footer-link sessions to preferences", () => {
    const footer = { scope: "preferences", actor: customer } as const;
    expect(accessDenial(footer, endpoints.updatePreferences)).toBeNull();
    expect(accessDenial(footer, endpoints.getData)?.code).toBe("forbidden");
  });
  it("lets read-only support look but not write", () => {
    expect(accessDenial({ scope: "full", actor: support("read_only") }, endpoints.getData)).toBeNull();
    expect(accessDenial({ scope: "full", actor: support("read_only") }, endpoints.changeConsent)?.code).toBe(
      "forbidden",
    );
    expect(accessDenial({ scope: "full", actor: support("act") }, endpoints.changeConsent)).toBeNull();
  });
});
