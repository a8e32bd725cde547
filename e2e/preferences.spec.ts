import { expect, test } from "./fixtures.ts";

test("a switch saves at once and is still on after a reload, by keyboard alone", async ({
  page,
  customerLike,
  signInAs,
  expectAccessible,
}) => {
  await signInAs(await customerLike("ca.customer@example.com"));
  await page.goto("/preferences");
  const cell = page.getByRole("switch", { name: "Offers and discounts by Email" });
  const wasOn = (await cell.getAttribute("aria-checked")) === "true";
  await cell.focus();
  await page.keyboard.press("Space");
  await expect(cell).toHaveAttribute("aria-checked", String(!wasOn));
  await expect(page.locator("[data-save-status]")).not.toBeEmpty();
  await expectAccessible();
  await page.reload();
  await expect(cell).toHaveAttribute("aria-checked", String(!wasOn));
});

test("stop all marketing is one action, keeps service messages and can be undone", async ({
  page,
  customerLike,
  signInAs,
  expectAccessible,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(await customerLike("ca.customer@example.com"));
  await page.goto("/preferences");
  const marketing = page.getByRole("switch", {
    name: /^(Newsletter|Offers and discounts|Product updates|Surveys) by /,
  });
  await expect(marketing.first()).toBeVisible();
  const onBefore = await marketing.evaluateAll((cells) => cells.map((cell) => cell.getAttribute("aria-checked")));
  await page.getByRole("button", { name: "Stop all marketing" }).click();
  await expect(page.getByText(/All marketing is off\. Service messages keep going/)).toBeVisible();
  for (const cell of await marketing.all()) await expect(cell).toHaveAttribute("aria-checked", "false");
  await expectAccessible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect
    .poll(() => marketing.evaluateAll((cells) => cells.map((cell) => cell.getAttribute("aria-checked"))))
    .toEqual(onBefore);
});
