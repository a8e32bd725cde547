import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { operatorLinksSchema } from "../../src/api/contract/operator-links.ts";
import { verifyFooterToken } from "../../src/api/rules/footer-token.ts";
import { createTestApp, sameOrigin, testLinkSecret, type TestApp } from "../test-support/test-app.ts";
import { createApiKey, revokeApiKey } from "./api-keys.ts";

describe("POST /api/operator/links", () => {
  let t: TestApp;
  let key: string;
  beforeEach(async () => {
    t = await createTestApp();
    ({ key } = await createApiKey(t.db, "esp", t.clock.now()));
  });
  afterEach(() => t.close());

  /** As an email service provider's server calls it: no Origin, no cookie, no CSRF header. */
  const post = (body: unknown, authorization = `Bearer ${key}`) =>
    t.app.request("/api/operator/links", {
      method: "POST",
      headers: { Authorization: authorization, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });

  it("mints links for many people at once, saying which addresses matched nobody", async () => {
    const response = await post({
      emails: ["br.customer@example.com", "CA.customer@example.com", "nobody@example.com"],
      topic: "offers",
      channel: "email",
      expires: "30d",
    });
    expect(response.status).toBe(200);
    const body = operatorLinksSchema.parse(await response.json());
    expect(body.unknown).toEqual(["nobody@example.com"]);
    expect(body.links.map((link) => link.subjectId)).toEqual(["subj-br", "subj-ca"]);
    const [first] = body.links;
    expect(first!.listUnsubscribeHeaders).toEqual({
      "List-Unsubscribe": `<${first!.unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    const check = await verifyFooterToken(first!.unsubscribeUrl.split("/u/")[1]!, [testLinkSecret], t.clock.now());
    expect(check).toMatchObject({ ok: true, claims: { subjectId: "subj-br", topicId: "offers", channelId: "email" } });
    const minted = await post({ subjectIds: ["subj-tw"] });
    expect(operatorLinksSchema.parse(await minted.json()).links[0]?.email).toBe("tw.customer@example.com");
  });

  it("refuses a missing, wrong or revoked key", async () => {
    for (const authorization of ["", "Bearer candor_op_not-a-key", key])
      expect((await post({ emails: ["br.customer@example.com"] }, authorization)).status).toBe(401);
    await revokeApiKey(t.db, "esp");
    expect((await post({ emails: ["br.customer@example.com"] })).status).toBe(401);
  });

  it("names the field that is wrong", async () => {
    for (const [body, path] of [
      [{}, "emails"],
      [{ emails: ["br.customer@example.com"], subjectIds: ["subj-br"] }, "emails"],
      [{ emails: ["not an address"] }, "emails.0"],
      [{ emails: ["br.customer@example.com"], topic: "account_notices" }, "topic"],
      [{ emails: ["br.customer@example.com"], channel: "fax" }, "channel"],
      [{ emails: ["br.customer@example.com"], expires: "soon" }, "expires"],
    ] as const) {
      const response = await post(body);
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { fields: Array<{ path: string }> } };
      expect(error.fields.map((field) => field.path)).toContain(path);
    }
  });

  it("is the only way to mint links in production: the development control does not exist there", async () => {
    const production = await createTestApp({ production: true, devOutbox: false });
    const response = await production.app.request("/api/dev/footer-links", {
      method: "POST",
      headers: sameOrigin,
      body: JSON.stringify({ email: "br.customer@example.com" }),
    });
    expect(response.status).toBe(404);
    await production.close();
  });
});
