import { domainToASCII } from "node:url";
import { describe, expect, it } from "vitest";
import { normalizeEmailAddress } from "./email-address.ts";

describe("normalizeEmailAddress", () => {
  it("writes an internationalised domain in punycode and keeps a Unicode local part", () => {
    expect(normalizeEmailAddress("ü@exämple.com")).toBe("ü@xn--exmple-cua.com");
    expect(normalizeEmailAddress("Ü@EXÄMPLE.COM")).toBe("ü@xn--exmple-cua.com");
    expect(normalizeEmailAddress("ü@xn--exmple-cua.com")).toBe("ü@xn--exmple-cua.com");
    expect(normalizeEmailAddress("用户@例子.广告")).toBe("用户@xn--fsqu00a.xn--4rr70v");
  });

  it("agrees with Node's own IDNA conversion", () => {
    for (const domain of ["exämple.com", "例子.广告", "bücher.de", "ΕΧΑΜΠΛΕ.gr", "münchen.xn--p1ai"])
      expect(normalizeEmailAddress(`a@${domain}`)).toBe(`a@${domainToASCII(domain)}`);
  });

  it("treats composed and decomposed spellings as one address", () => {
    expect(normalizeEmailAddress("u\u0308@exa\u0308mple.com")).toBe(normalizeEmailAddress("ü@exämple.com"));
  });

  it("keeps ordinary addresses as they were compared before, lower-cased", () => {
    expect(normalizeEmailAddress("BR.Customer+news@Example.com")).toBe("br.customer+news@example.com");
  });

  it("refuses what is not an address", () => {
    for (const value of [
      "",
      "nobody",
      "@example.com",
      "a@",
      "a@b",
      "a@localhost",
      "a@1.2.3.4",
      "a@[127.0.0.1]",
      '"quoted"@example.com',
      "a..b@example.com",
      ".a@example.com",
      "a b@example.com",
      "a@exa mple.com",
      "a@example.com/evil",
      "a@example.com?x",
      "a@-example.com",
      "a@example..com",
      "a\u0000@example.com",
      "a@example.com\n",
      `${"a".repeat(65)}@example.com`,
    ])
      expect({ value, normalized: normalizeEmailAddress(value) }).toEqual({ value, normalized: null });
  });
});
