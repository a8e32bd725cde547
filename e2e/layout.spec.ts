import { expect, test } from "./fixtures.ts";

test("at 320 px wide nothing scrolls sideways", async ({ page, customerLike, signInAs }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signInAs(await customerLike("pl.customer@example.com"));
  for (const path of ["/overview", "/preferences", "/consents", "/data", "/requests", "/history"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("main output:not([data-save-status])")).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("dark mode follows the system and keeps AA contrast", async ({
  page,
  customerLike,
  signInAs,
  expectAccessible,
}) => {
  const pageBackground = () =>
    page.evaluate(() => getComputedStyle(document.querySelector("main")!.parentElement!).backgroundColor);
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const light = await pageBackground();
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await pageBackground()).not.toBe(light);
  await expectAccessible();
  await signInAs(await customerLike("tw.customer@example.com"));
  await expect(page.getByRole("region", { name: "您的申請" })).toBeVisible();
  await expectAccessible();
});

test("the link can be sent again only after a cooldown", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("br.customer@example.com");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const resend = page.getByRole("button", { name: /^Send again in \d+ seconds?$/ });
  await expect(resend).toBeDisabled();
});
