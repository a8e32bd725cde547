import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApi } from "../../src/api/http/create-http-api.ts";
import type { PrivacyApi } from "../../src/api/privacy-api.ts";
import { signFooterToken } from "../../src/api/rules/footer-token.ts";
import { browserFetch } from "../test-support/cookie-jar.ts";
import { testClock } from "../test-support/clock.ts";
import { databases } from "../test-support/databases.ts";
import { startTestServer, type TestServer } from "../test-support/test-server.ts";

const key = "footer-open-link-key-with-at-least-32-characters";
/** What Chromium sends with the footer page's own form: the page is no-referrer, so its Origin is "null". */
const ownForm = {
  "Content-Type": "application/x-www-form-urlencoded",
  Origin: "null",
  "Sec-Fetch-Site": "same-origin",
  "Sec-Fetch-Mode": "navigate",
  "Sec-Fetch-Dest": "document",
};

describe.each(databases)("the preferences link's form on $name", ({ databaseUrl }) => {
  let server: TestServer;
  let subjectId: string;
  let customer: PrivacyApi;

  beforeAll(async () => {
    server = await startTestServer({ clock: testClock(), databaseUrl, settings: { linkSigningSecrets: [key] } });
    customer = createHttpApi({ baseUrl: server.origin, fetch: browserFetch(server.origin) });
    const { email } = await customer.devCreateSubject("br.customer@example.com");
    subjectId = (await customer.devStartSession({ email })).subject.id;
  });
  afterAll(() => server?.close());

  const history = async () => (await customer.listActivity()).events.length;
  const post = (token: string, headers: Record<string, string> = ownForm) =>
    fetch(`${server.origin}/p/${token}`, { method: "POST", headers, body: "", redirect: "manual" });

  it("opens nothing on a GET of the link", async () => {
    const token = await signFooterToken({ subjectId, topicId: "newsletter" }, key);
    const before = await history();
    const response = await fetch(`${server.origin}/p/${token}`, { redirect: "manual" });
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await history()).toBe(before);
  });

  it("opens a preferences-only session and answers 303 to the preferences page, without the token", async () => {
    const token = await signFooterToken({ subjectId, topicId: "newsletter", channelId: "email" }, key);
    const before = await history();
    const response = await post(token);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/preferences?from=footer&topic=newsletter&channel=email");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const cookie = response.headers.getSetCookie()[0]?.split(";")[0] ?? "";
    const session = await fetch(`${server.origin}/api/session`, { headers: { Cookie: cookie } });
    expect(await session.json()).toMatchObject({ session: { scope: "preferences", subject: { id: subjectId } } });
    expect(await history()).toBe(before + 1);
  });

  it("refuses a post that another site sent, and opens nothing", async () => {
    const token = await signFooterToken({ subjectId }, key);
    const before = await history();
    for (const headers of [
      { ...ownForm, "Sec-Fetch-Site": "cross-site" },
      { ...ownForm, "Sec-Fetch-Site": "same-site" },
      { ...ownForm, Origin: "https://attacker.example", "Sec-Fetch-Site": "cross-site" },
      { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://attacker.example" },
    ]) {
      const response = await post(token, headers);
      expect(response.status).toBe(403);
      expect(response.headers.get("set-cookie")).toBeNull();
    }
    expect(await history()).toBe(before);
  });

  it("lets a browser that sends no Fetch Metadata open the link, as its GET of the page would", async () => {
    const token = await signFooterToken({ subjectId }, key);
    const response = await post(token, { "Content-Type": "application/x-www-form-urlencoded", Origin: "null" });
    expect(response.status).toBe(303);
    expect(response.headers.getSetCookie()).toHaveLength(1);
  });

  it("shows a page saying the link does not work for a bad or expired link, and opens nothing", async () => {
    const before = await history();
    for (const token of [
      "not-a-real-link-token-at-all",
      await signFooterToken({ subjectId, expiresAt: new Date(0) }, key),
    ]) {
      const response = await post(token);
      expect(response.status).toBe(400);
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(await response.text()).toContain("This link does not work");
    }
    expect(await history()).toBe(before);
  });
});
