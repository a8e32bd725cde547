import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Page, TestInfo } from "@playwright/test";
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
  const button = page.getByRole("button", { name: /^(Unsubscribe|Cancelar inscrição)$/ });
  await expect
    .poll(async () => {
      await page.keyboard.press("Tab");
      return button.evaluate((element) => element === document.activeElement);
    })
    .toBe(true);
  await page.keyboard.press("Enter");
  await expect(page.getByText(/(You are unsubscribed|Inscrição cancelada)/).first()).toBeVisible();
  await expectAccessible();
});
