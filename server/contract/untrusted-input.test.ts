import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backends, type Backend } from "./backends.ts";
import { customers, failure, signIn } from "./helpers.ts";

/** The field paths a refusal names, after checking it is a validation error. */
async function refusedFields(promise: Promise<unknown>): Promise<string[]> {
  const error = await failure(promise);
  expect(error).toMatchObject({ code: "validation", status: 400 });
  return error.fields.map((field) => field.path);
}

const notPlainText = ["NUL \u0000 inside", "a lone \ud800 surrogate", "a lone \udfff low surrogate", "bell \u0007"];

describe.each(backends)("untrusted input contract: $name", (factory) => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await factory.create();
  });
  afterEach(() => backend.close());

  describe("sign-in", () => {
    it("refuses a redirect that URL parsing would turn into another origin", async () => {
      const { api } = backend;
      for (const redirectTo of ["/\t/evil.example/", "/\n/evil.example/", "/\r/evil.example/", "/pre\u0000ferences"])
        for (const email of [customers.br, "nobody@example.com"])
          expect(await refusedFields(api.requestMagicLink({ email, redirectTo }))).toEqual(["redirectTo"]);
      expect(await api.listDevOutbox()).toEqual([]);
    });

    it("accepts an internationalised address and counts its Unicode and punycode forms as one", async () => {
      const { api } = backend;
      for (const email of ["ü@exämple.com", "Ü@EXÄMPLE.com", "ü@xn--exmple-cua.com", "ü@exämple.com", "ü@exämple.com"])
        await expect(api.requestMagicLink({ email })).resolves.toBeUndefined();
      expect(await failure(api.requestMagicLink({ email: "ü@xn--exmple-cua.com" }))).toMatchObject({
        code: "rate_limited",
      });
    });

    it("still refuses what is not an address", async () => {
      const { api } = backend;
      for (const email of [
        "nobody",
        "a@b",
        "a b@example.com",
        "a@exa mple.com",
        "a@example.com/x",
        "a@[127.0.0.1]",
        "a\u0000@example.com",
      ])
        expect(await refusedFields(api.requestMagicLink({ email }))).toEqual(["email"]);
    });
  });

  describe("free text", () => {
    beforeEach(() => signIn(backend.api, customers.br));

    it("refuses control characters and broken Unicode in a request's details and scope, naming the field", async () => {
      const { api } = backend;
      const before = await api.listRequests();
      for (const text of notPlainText) {
        expect(await refusedFields(api.createRequest({ type: "access", details: text }))).toEqual(["details"]);
        expect(await refusedFields(api.createRequest({ type: "access", scope: ["email", text] }))).toEqual(["scope.1"]);
      }
      expect(await api.listRequests()).toEqual(before);
      const kept = await api.createRequest({ type: "correction", details: "Line one\nline two\twith a tab 😀" });
      expect(kept.details).toBe("Line one\nline two\twith a tab 😀");
    });

    it("refuses control characters and broken Unicode in a consent's text version", async () => {
      const { api } = backend;
      const before = await api.getConsents();
      for (const textVersion of notPlainText)
        expect(
          await refusedFields(
            api.changeConsent({
              baseVersion: before.version,
              purposeId: "partner_sharing",
              state: "granted",
              textVersion,
            }),
          ),
        ).toEqual(["textVersion"]);
      expect(await api.getConsents()).toEqual(before);
    });

    it("refuses a control character in a path id instead of looking it up", async () => {
      const { api } = backend;
      for (const id of ["\u0000", "req\u0000", "req\n1", "\ud800"]) {
        expect(await refusedFields(api.getRequest(id))).toEqual(["id"]);
        expect(await refusedFields(api.cancelRequest(id, { baseVersion: 0 }))).toEqual(["id"]);
      }
    });
  });
});
