import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

const agent = "support.agent@example.com";
const lead = "support.lead@example.com";
const viewReason = "Customer called about too many offers";
const changeReason = "Customer asked by phone to stop email offers";

const isReal = (testInfo: TestInfo) => testInfo.project.name === "real";

/**
 * Opens the console for a staff address. On the real stack a dev control opens the staff session (the sign-in
 * link's per-address limit would soon stop a suite that signs the same two staff in again and again); the
 * in-browser demo signs in through its own form and demo inbox, which no other test's browser shares.
 */
async function signInStaff(
  page: Page,
  testInfo: TestInfo,
  email: string,
  magicLinkFor: (email: string) => Promise<string>,
) {
  if (isReal(testInfo)) {
    const origin = String(testInfo.project.use.baseURL);
    const response = await page.request.post("/api/dev/sessions", {
      data: { email, scope: "staff" },
      headers: { Origin: origin, "X-Candor-CSRF": "1" },
    });
    expect(response.status()).toBe(201);
    await page.goto("/support");
  } else {
    await page.goto("/sign-in");
    await page.getByLabel(/email/i).fill(email);
    await page.getByRole("button", { name: /sign-in link/i }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/check your inbox/i);
    await page.goto(await magicLinkFor(email));
    await page.getByRole("button", { name: /^sign in$/i }).click();
  }
  await expect(page).toHaveURL(/\/support$/);
  await expect(page.getByRole("heading", { level: 1, name: "Find a customer" })).toBeVisible();
}

async function openCustomer(page: Page, email: string, name: string, reason: string, button: RegExp) {
  await page.getByLabel("Customer's email or phone number").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Search" }).click();
  const result = page.getByRole("list", { name: "Matching customers" }).getByRole("listitem");
  await expect(result).toHaveCount(1);
  await expect(result).toContainText(name);
  await expect(result).toContainText(/c•••@example\.com · California, USA/);
  await expect(result).not.toContainText(email);
  await result.getByRole("button", { name: `Open ${name}` }).click();
  await page.getByLabel("Reason (the customer will see it)").fill("too short");
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByText("Say a little more: at least 10 characters.")).toBeVisible();
  await page.getByLabel("Reason (the customer will see it)").fill(reason);
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(/\/overview$/);
}

const banner = (page: Page) => page.getByRole("region", { name: "Support view" });

test("an agent looks read-only, a lead changes a preference with a reason, and the customer sees both", async ({
  page,
  customerLike,
  magicLinkFor,
  signInAs,
  expectAccessible,
}, testInfo) => {
  const customer = await customerLike("ca.customer@example.com");
  const offersByEmail = page.getByRole("switch", { name: "Offers and discounts by Email" });

  await signInStaff(page, testInfo, agent, magicLinkFor);
  await expectAccessible();
  await expect(page.getByRole("button", { name: "Open to act on their behalf" })).toHaveCount(0);
  await openCustomer(page, customer, "Jordan Rivera", viewReason, /^Open read-only$/);

  await expect(banner(page)).toContainText("Sam Reyes (support) is viewing Jordan Rivera's privacy center");
  await expect(banner(page)).toContainText(`Reason: ${viewReason}`);
  await expect(banner(page)).toContainText(/Time left: (30:00|29:\d\d)/);
  await expectAccessible();
  for (const path of ["/preferences", "/consents", "/data", "/requests", "/history"]) {
    await page.goto(path);
    await expect(banner(page)).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible();
  }
  await page.goto("/preferences");
  await expect(
    page.getByText("A support agent is viewing this page read-only: nothing can be changed here."),
  ).toBeVisible();
  await expect(offersByEmail).toBeDisabled();
  const before = await offersByEmail.getAttribute("aria-checked");
  if (isReal(testInfo)) {
    // The interface only reflects the rule; the server is what refuses the write.
    const origin = String(testInfo.project.use.baseURL);
    const preferences = (await (await page.request.get("/api/preferences")).json()) as { version: number };
    const refused = await page.request.patch("/api/preferences", {
      data: { baseVersion: preferences.version, changes: [{ kind: "stop_all_marketing" }] },
      headers: { Origin: origin, "X-Candor-CSRF": "1", "Idempotency-Key": crypto.randomUUID() },
    });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain("This support session is read-only.");
  }
  await banner(page).getByRole("button", { name: "Stop viewing" }).click();
  await expect(page).toHaveURL(/\/support$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await signInStaff(page, testInfo, lead, magicLinkFor);
  await openCustomer(page, customer, "Jordan Rivera", viewReason, /^Open to act on their behalf$/);
  await expect(banner(page)).toContainText("Priya Okafor (support)");
  await page.goto("/preferences");
  await expect(offersByEmail).toBeEnabled();
  await banner(page).getByLabel("Reason for your changes (the customer will see it)").fill(changeReason);
  await offersByEmail.click();
  await expect(offersByEmail).toHaveAttribute("aria-checked", String(before !== "true"));
  await expect(page.locator("[data-save-status]")).toHaveText(/saved/i);
  await expectAccessible();
  await banner(page).getByRole("button", { name: "Stop viewing" }).click();
  await expect(page).toHaveURL(/\/support$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await signInAs(customer);
  await page.goto("/history");
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByText(`Support (Sam Reyes) viewed your data — ${viewReason}`)).toBeVisible();
  await expect(page.getByText(`by Priya Okafor (support), reason: ${changeReason}`).first()).toBeVisible();
  await expect(page.getByText("Support (Priya Okafor) closed the view of your data")).toBeVisible();
  await expectAccessible();
});

test("the console works by keyboard and at 320 px, and a vague search is refused on the field", async ({
  page,
  magicLinkFor,
  expectAccessible,
}, testInfo) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await signInStaff(page, testInfo, agent, magicLinkFor);
  const query = page.getByLabel("Customer's email or phone number");
  await query.focus();
  await page.keyboard.type("Jordan");
  await page.keyboard.press("Enter");
  await expect(
    page.getByText("Type the whole email address, or the phone number with its country code (+…)."),
  ).toBeVisible();
  await expect(query).toHaveAttribute("aria-invalid", "true");
  await query.fill("+1 (415) 555-0147");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Matching customers" }).getByRole("listitem").first()).toContainText(
    "California, USA",
  );
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
  await expectAccessible();
});

test("a customer's browser never downloads the support console", async ({ page, customerLike, signInAs }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await signInAs(await customerLike("ca.customer@example.com"));
  for (const path of ["/preferences", "/consents", "/data", "/requests", "/history"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(scripts.length).toBeGreaterThan(0);
  // Built chunks are named after their entry module; the dev server serves the source paths themselves.
  expect(
    scripts.filter((path) => /features\/support\/|support-layout|console-page|customer-search/.test(path)),
  ).toEqual([]);
});

test("the on-behalf banner fits 320 px and Stop works by keyboard", async ({
  page,
  customerLike,
  magicLinkFor,
  expectAccessible,
}, testInfo) => {
  await page.setViewportSize({ width: 320, height: 720 });
  const customer = await customerLike("ca.customer@example.com");
  await signInStaff(page, testInfo, agent, magicLinkFor);
  await openCustomer(page, customer, "Jordan Rivera", viewReason, /^Open read-only$/);
  await expect(banner(page)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
  await expectAccessible();
  const stop = banner(page).getByRole("button", { name: "Stop viewing" });
  for (let presses = 0; presses < 10 && !(await stop.evaluate((node) => node === document.activeElement)); presses += 1)
    await page.keyboard.press("Tab");
  await expect(stop).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/support$/);
  await expect(page.getByRole("heading", { level: 1, name: "Find a customer" })).toBeVisible();
});
