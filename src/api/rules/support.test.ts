import { describe, expect, it } from "vitest";
import { endpoints } from "../endpoints.ts";
import { accessDenial } from "./access.ts";
import { RuleError } from "./rule-error.ts";
import {
  assertMayOpen,
  customerLookup,
  maskEmail,
  normalisePhone,
  signInSessionOf,
  withChangeReason,
} from "./support.ts";

const acting = {
  scope: "full",
  actor: { kind: "support", agentName: "Sam", reason: "Opened for a call", mode: "act" },
} as const;

describe("support rules", () => {
  it("writes phone numbers as E.164, from international or national form", () => {
    expect(normalisePhone("+55 11 98765-4321")).toBe("+5511987654321");
    expect(normalisePhone("0039 347 812 4590")).toBe("+393478124590");
    expect(normalisePhone("(415) 555-0147", "US-CA")).toBe("+14155550147");
    expect(normalisePhone("0912-345-678", "TW")).toBe("+886912345678");
    expect(normalisePhone("(415) 555-0147")).toBeNull();
    expect(normalisePhone("347 812 4590", "EU")).toBeNull();
  });

  it("looks up one exact email or number, and refuses anything vaguer on the query field", () => {
    expect(customerLookup("  Ana@Example.COM ")).toEqual({ email: "ana@example.com" });
    expect(customerLookup("+1 415 555 0147")).toEqual({ phone: "+14155550147" });
    for (const vague of ["Ana", "@example.com", "ana@", "415 555 0147"]) {
      const refusal = (() => {
        try {
          customerLookup(vague);
        } catch (error) {
          return error;
        }
      })();
      expect(refusal).toBeInstanceOf(RuleError);
      expect((refusal as RuleError).fields).toEqual([expect.objectContaining({ path: "query" })]);
    }
  });

  it("masks an address to its first letter and domain", () => {
    expect(maskEmail("br.customer@example.com")).toBe("b•••@example.com");
  });

  it("lets only a lead act", () => {
    expect(() => assertMayOpen("support", "read_only")).not.toThrow();
    expect(() => assertMayOpen("support_lead", "act")).not.toThrow();
    expect(() => assertMayOpen("support", "act")).toThrow(RuleError);
  });

  it("opens the console for staff roles and the privacy center for customers", () => {
    expect(signInSessionOf({ name: "Sam" }, "support")).toEqual({
      scope: "staff",
      actor: { kind: "staff", name: "Sam", role: "support" },
    });
    expect(signInSessionOf({ name: "Ana" }, "customer")).toEqual({ scope: "full", actor: { kind: "customer" } });
  });

  it("keeps staff sessions off customer endpoints and everyone else off staff endpoints", () => {
    const staff = signInSessionOf({ name: "Sam" }, "support_lead");
    expect(accessDenial(staff, endpoints.getPreferences)?.code).toBe("forbidden");
    expect(accessDenial(staff, endpoints.searchCustomers)).toBeNull();
    expect(accessDenial({ scope: "full", actor: { kind: "customer" } }, endpoints.searchCustomers)?.code).toBe(
      "forbidden",
    );
    expect(accessDenial(acting, endpoints.openSupportView)?.code).toBe("forbidden");
  });

  it("records an acting agent's reason for each change instead of the opening reason", () => {
    expect(withChangeReason(acting, endpoints.updatePreferences, "Asked to stop SMS by phone").actor).toMatchObject({
      reason: "Asked to stop SMS by phone",
    });
    expect(() => withChangeReason(acting, endpoints.updatePreferences, "short")).toThrow(RuleError);
    expect(withChangeReason(acting, endpoints.getPreferences, undefined)).toBe(acting);
  });
});
