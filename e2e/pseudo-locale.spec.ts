import { expect, test } from "./fixtures.ts";
import { untranslatedTexts } from "./untranslated-text.ts";

// Every page under en-XA, the dev/test-only pseudo-locale (decision 31): any text outside ⟦…⟧ that is not
// marked as data bypassed the catalogs and the config.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("candor.locale", "en-XA"));
});

const settled = async (page: import("@playwright/test").Page) => {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("main output:not([data-save-status])")).toHaveCount(0);
};

test("the check itself catches a text that bypassed the catalogs", async ({ page }) => {
  await page.goto("/sign-in");
  await settled(page);
  await page.evaluate(() => document.querySelector("main")!.append(document.createTextNode("Hard-coded words")));
  expect(await untranslatedTexts(page)).toEqual(["Hard-coded words"]);
});

test("sign-in, its validation messages, check inbox and an expired link are all from the catalogs", async ({
  page,
  magicLinkFor,
}) => {
  await page.goto("/sign-in");
  await settled(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-XA");
  expect(await untranslatedTexts(page)).toEqual([]);

  const field = page.getByLabel("⟦Email address⟧");
  const submit = page.getByRole("button", { name: "⟦Email me a sign-in link⟧" });
  await submit.click();
  await expect(field).toHaveAccessibleDescription("⟦Enter your email address.⟧");
  expect(await untranslatedTexts(page)).toEqual([]);
  await field.fill("not-an-email");
  await submit.click();
  await expect(field).toHaveAccessibleDescription("⟦Enter an email address like name@example.com.⟧");
  expect(await untranslatedTexts(page)).toEqual([]);

  await field.fill("it.customer@example.com");
  await submit.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("⟦Check your inbox⟧");
  const link = await magicLinkFor("it.customer@example.com");
  expect(await untranslatedTexts(page)).toEqual([]);

  await page.goto(link);
  await expect(page.getByRole("button", { name: "⟦Sign in⟧" })).toBeVisible();
  expect(await untranslatedTexts(page)).toEqual([]);
  await page.goto("/auth/confirm");
  await expect(page.getByRole("link", { name: "⟦Get a new sign-in link⟧" })).toBeVisible();
  expect(await untranslatedTexts(page)).toEqual([]);
});

test("the 404 page is from the catalogs", async ({ page }) => {
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("⟦Page not found⟧");
  expect(await untranslatedTexts(page)).toEqual([]);
});

for (const pages of [
  ["/overview", "/preferences", "/consents"],
  ["/data", "/requests", "/history"],
]) {
  test(`signed in, ${pages.join(", ")} show only catalog, config and data texts`, async ({ page, signIn }) => {
    // The Italian customer has the richest history: a correction, support access, consents, preferences.
    await signIn("it.customer@example.com");
    await expect(page.locator("html")).toHaveAttribute("lang", "en-XA");
    for (const path of pages) {
      await page.goto(path);
      await settled(page);
      expect(await untranslatedTexts(page), path).toEqual([]);
    }
  });
}

test("a page that failed to load explains itself from the catalogs", async ({ page, signIn }) => {
  await signIn("pl.customer@example.com");
  await page.evaluate(() => localStorage.setItem("candor.mock.faults", JSON.stringify({ failureRate: 1 })));
  await page.goto("/requests");
  await expect(page.getByRole("alert")).toBeVisible();
  expect(await untranslatedTexts(page)).toEqual([]);
});
