import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Locator, Page, TestInfo } from "@playwright/test";
import { footerLinksSchema, type FooterLinks } from "../src/api/contract/footer-links.ts";
import { preferencesSchema } from "../src/api/contract/preferences.ts";
import { expect, test } from "./fixtures.ts";

const run = promisify(execFile);
const isReal = (testInfo: TestInfo) => testInfo.project.name === "real";

/**
 * Real stack: `npm run link`, as an integrator runs it, against the e2e server's own data folder (it holds the
 * SQLite file, so the CLI asks it). Demo: the newsletter the check-inbox page shows beside the sign-in email.
 */
async function footerLinks(
  page: Page,
  testInfo: TestInfo,
  email: string,
  args: string[],
): Promise<Omit<FooterLinks, "listUnsubscribeHeaders">> {
  if (isReal(testInfo)) {
    const origin = new URL(String(testInfo.project.use.baseURL));
    const { stdout } = await run(process.execPath, ["server/cli/link.ts", "--email", email, ...args], {
      env: {
        PATH: process.env.PATH,
        DATA_DIR: `.data/e2e-${origin.port}`,
        DATABASE_URL: "",
        PORT: origin.port,
        PUBLIC_URL: origin.origin,
      },
      encoding: "utf8",
      timeout: 60_000,
    });
    return footerLinksSchema.parse(JSON.parse(stdout));
  }
  await page.goto("/sign-in");
  await page.getByLabel(/email/i).fill(email);
  await page.getByRole("button", { name: /sign-in link/i }).click();
  const sample = page.getByRole("complementary", { name: /A newsletter from/ });
  const href = async (name: string) => (await sample.getByRole("link", { name }).getAttribute("href")) ?? "";
  await expect(sample).toBeVisible();
  return { preferencesUrl: await href("Manage your preferences"), unsubscribeUrl: await href("Unsubscribe") };
}

/** Presses Tab until `target` has focus, as a keyboard user would, however many stops come before it. */
async function tabUntilFocused(page: Page, target: Locator): Promise<void> {
  await expect
    .poll(async () => {
      await page.keyboard.press("Tab");
      return target.evaluate((element) => element === document.activeElement);
    })
    .toBe(true);
}

async function subscribed(page: Page, topicId: string, channelId: string) {
  const preferences = preferencesSchema.parse(await (await page.request.get("/api/preferences")).json());
  return preferences.topics.find((pref) => pref.topicId === topicId)?.channels[channelId as "email"];
}

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test("a footer link opens preferences on a phone and unsubscribes from that email in one tap", async ({
  page,
  customerLike,
  expectAccessible,
}, testInfo) => {
  const email = await customerLike("br.customer@example.com");
  const links = await footerLinks(page, testInfo, email, ["--topic", "newsletter", "--channel", "email"]);

  await page.goto(links.preferencesUrl);
  await expect(page).toHaveURL(/\/preferences\?from=footer&topic=newsletter&channel=email$/);
  const focus = page.getByRole("region", { name: /^(From your email|Do seu e-mail)$/ });
  await expect(focus).toContainText(/Newsletter/);
  await expectAccessible();
  if (isReal(testInfo)) expect(await subscribed(page, "newsletter", "email")).toBe(true);

  await focus.getByRole("button", { name: /^(Unsubscribe from this|Cancelar inscrição nisto)$/ }).tap();
  await expect(focus).toContainText(/(You are unsubscribed from this|Sua inscrição nisto foi cancelada)/);
  if (isReal(testInfo)) await expect.poll(() => subscribed(page, "newsletter", "email")).toBe(false);
  await expectAccessible();

  // The link opened preferences only: the history asks for an email link rather than failing.
  await page.goto("/history");
  await expect(
    page.getByText(/(Sign in with an email link to see this|Entre com um link por e-mail para ver isto)/),
  ).toBeVisible();
  await expectAccessible();
});

test("the one-click link unsubscribes with no cookie, and its page asks before acting", async ({
  page,
  customerLike,
  signInAs,
  expectAccessible,
}, testInfo) => {
  const email = await customerLike("br.customer@example.com");
  const links = await footerLinks(page, testInfo, email, ["--topic", "offers", "--channel", "whatsapp"]);
  const offersByWhatsapp = () => subscribed(page, "offers", "whatsapp");

  if (isReal(testInfo)) {
    // What `curl -X POST -d List-Unsubscribe=One-Click <unsubscribeUrl>` sends: a form body, nothing else.
    const response = await fetch(links.unsubscribeUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect([response.status, await response.text()]).toEqual([200, ""]);
    await signInAs(email);
    expect(await offersByWhatsapp()).toBe(false);
    await page.goto("/history");
    await expect(page.getByText(/(email footer \(one-click\)|rodapé do e-mail \(um clique\))/).first()).toBeVisible();
  }

  // The page a person sees when their mail app opens the link: it asks, and acts only on the button.
  const second = await footerLinks(page, testInfo, email, ["--topic", "newsletter"]);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(second.unsubscribeUrl);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible();
  // By keyboard alone: the button is reachable with Tab and acts on Enter.
  await tabUntilFocused(page, page.getByRole("button", { name: /^(Unsubscribe|Cancelar inscrição)$/ }));
  await page.keyboard.press("Enter");
  await expect(page.getByText(/(You are unsubscribed|Inscrição cancelada)/).first()).toBeVisible();
  await expectAccessible();
});

test("the link's page posts itself and lands on preferences painted by the server, the token gone from the address", async ({
  page,
  customerLike,
  expectAccessible,
}, testInfo) => {
  test.skip(!isReal(testInfo), "the demo has no server: its app opens the link through the in-browser API");
  const email = await customerLike("pl.customer@example.com");
  const links = await footerLinks(page, testInfo, email, ["--topic", "newsletter", "--channel", "email"]);
  const token = new URL(links.preferencesUrl).pathname.split("/").at(-1)!;
  const requests: { method: string; url: string; referer: string | undefined }[] = [];
  page.on("request", (request) =>
    requests.push({ method: request.method(), url: request.url(), referer: request.headers().referer }),
  );
  const landed = page.waitForResponse((response) => new URL(response.url()).pathname === "/preferences");

  await page.goto(links.preferencesUrl);
  await expect(page).toHaveURL(/\/preferences\?from=footer&topic=newsletter&channel=email$/);
  // The preferences came in the document itself: the section's data did not wait for the app's script.
  const document = await (await landed).text();
  expect(document).toContain("data-prerendered");
  expect(document).toContain("Z Twojego e-maila");
  await expect(page.getByRole("region", { name: "Z Twojego e-maila" })).toContainText(/Newsletter/);
  expect(
    requests.filter((request) => request.method === "POST").map((request) => new URL(request.url).pathname),
  ).toEqual([`/p/${token}`]);
  expect(requests.filter((request) => request.referer?.includes(token))).toEqual([]);
  await expectAccessible();
  // The link's page gave its place in the history to the preferences: Back does not bring the token back.
  await page.goBack();
  expect(page.url()).toBe("about:blank");
});

test("with JavaScript off, the link's page asks the person to continue, and that lands on their preferences", async ({
  browser,
  page,
  customerLike,
}, testInfo) => {
  test.skip(!isReal(testInfo), "the demo is the app itself: without JavaScript it has no page");
  const email = await customerLike("it.customer@example.com");
  const links = await footerLinks(page, testInfo, email, ["--topic", "offers"]);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    locale: "it-IT",
    viewport: { width: 320, height: 640 },
  });
  try {
    const noScript = await context.newPage();
    await noScript.goto(links.preferencesUrl);
    await expect(noScript.getByRole("heading", { level: 1 })).toHaveText("Apertura delle sue preferenze in corso");
    expect(await noScript.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Nothing opened on the GET: the browser holds no session yet.
    expect(await context.cookies()).toEqual([]);
    await tabUntilFocused(noScript, noScript.getByRole("button", { name: "Vai alle sue preferenze" }));
    await noScript.keyboard.press("Enter");
    await expect(noScript).toHaveURL(/\/preferences\?from=footer&topic=offers$/);
    await expect(noScript.getByRole("region", { name: "Dalla sua email" })).toContainText(/Offerte/);
  } finally {
    await context.close();
  }
});
