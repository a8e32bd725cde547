import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

/** The bottom edge of the header and navigation, the part of the screen every page gives up to the frame. */
const shellBottom = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll("[data-shell]")].map((element) => element.getBoundingClientRect().bottom),
    ),
  );
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
/** Every control in the frame, with its size, for the 24 px target minimum (WCAG 2.5.8). */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll(
        "[data-shell] a, [data-shell] button, [data-shell] select, [role=dialog] a, [role=dialog] button, [role=dialog] select",
      ),
    ]
      .map((element) => ({ name: element.textContent?.trim(), box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
      .map(({ name }) => name),
  );

for (const colorScheme of ["light", "dark"] as const) {
  for (const width of [320, 390]) {
    test(`phone ${width} px, ${colorScheme}: the frame takes at most 15 % of the screen and the menu holds the rest`, async ({
      page,
      customerLike,
      signInAs,
      expectAccessible,
    }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.emulateMedia({ colorScheme });
      await signInAs(await customerLike("ca.customer@example.com"));
      await page.goto("/overview");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await shellBottom(page)).toBeLessThanOrEqual(844 * 0.15);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      expect(await smallTargets(page)).toEqual([]);
      await expect(page.getByRole("navigation", { name: "Privacy center" })).toBeHidden();
      await expectAccessible();

      await page.getByRole("button", { name: "Menu" }).click();
      const menu = page.getByRole("dialog", { name: "Menu" });
      await expect(menu.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
      await expect(menu.getByLabel("Language")).toBeVisible();
      await expect(menu.getByRole("button", { name: "Sign out" })).toBeVisible();
      await expect(menu.getByText(/^Signed in as /)).toBeVisible();
      expect(await smallTargets(page)).toEqual([]);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      await expectAccessible();

      await menu.getByRole("link", { name: "Requests" }).click();
      await expect(page).toHaveURL(/\/requests$/);
      await expect(menu).toBeHidden();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Requests");
      expect(await shellBottom(page)).toBeLessThanOrEqual(844 * 0.15);

      await page.getByRole("button", { name: "Menu" }).click();
      await page.keyboard.press("Escape");
      await expect(menu).toBeHidden();
      await expect(page.getByRole("button", { name: "Menu" })).toBeFocused();
    });
  }

  test(`desktop 1280 px, ${colorScheme}: the sections, language and sign-out stay in view`, async ({
    page,
    customerLike,
    signInAs,
    expectAccessible,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme });
    await signInAs(await customerLike("ca.customer@example.com"));
    await page.goto("/overview");
    const nav = page.getByRole("navigation", { name: "Privacy center" });
    for (const name of ["Overview", "Preferences", "Consents", "Your data", "Requests", "History"])
      await expect(nav.getByRole("link", { name })).toBeVisible();
    await expect(page.getByLabel("Language")).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
    expect(await shellBottom(page)).toBeLessThanOrEqual(800 * 0.2);
    expect(await smallTargets(page)).toEqual([]);
    await expectAccessible();
  });
}

test("phone: the skip link is still the first stop and the sign-in page fits too", async ({
  page,
  expectAccessible,
}) => {
  await page.setViewportSize({ width: 320, height: 844 });
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await shellBottom(page)).toBeLessThanOrEqual(844 * 0.15);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await expect(page.getByLabel("Language")).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await expectAccessible();
});
