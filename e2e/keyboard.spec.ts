import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

/** Tabs (or Shift+Tabs) until `target` has focus, checking that every stop on the way shows a focus ring. */
async function tabTo(page: Page, target: Locator, { backwards = false } = {}): Promise<void> {
  for (let stop = 0; stop < 40; stop++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    });
    expect(ring, `focus ring at stop ${stop}`).toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${String(target)} not reached by Tab`);
}

test("sign in and visit every section by keyboard alone, with visible focus", async ({ page, customerLike }) => {
  const email = await customerLike("br.customer@example.com");
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await tabTo(page, page.getByLabel("Email address"));
  await page.keyboard.type(email);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

  const openLink = page.locator('a[href*="/auth/confirm#token="]').first();
  await expect(openLink).toBeVisible();
  await tabTo(page, openLink);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Sign in" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

  // From each page's focused heading the navigation is just behind, so Shift+Tab reaches it.
  const nav = page.getByRole("navigation");
  for (const name of ["Preferências", "Consentimentos", "Seus dados", "Solicitações", "Histórico"]) {
    await tabTo(page, nav.getByRole("link", { name, exact: true }), { backwards: true });
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  }
});

test("the language can be changed by keyboard alone", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await tabTo(page, page.getByLabel("Language"));
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
  await expect(page.getByLabel("Idioma")).toBeFocused();
});
