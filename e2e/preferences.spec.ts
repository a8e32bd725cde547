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

test("pausing is said on every page until it is resumed", async ({
  page,
  customerLike,
  signInAs,
  expectAccessible,
}) => {
  await signInAs(await customerLike("ca.customer@example.com"));
  await page.goto("/preferences");
  await page.getByLabel("Pause for").selectOption("month");
  await page.getByRole("button", { name: "Pause", exact: true }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /paused until/ })
      .first(),
  ).toBeVisible();
  for (const path of ["/overview", "/consents", "/history"]) {
    await page.goto(path);
    await expect(page.getByText(/Your messages are paused until/)).toBeVisible();
  }
  await expectAccessible();
  await page.getByRole("link", { name: "Manage or resume" }).click();
  await page.getByRole("button", { name: "Resume now" }).click();
  // Saved before the next page load: the server renders that page with what it has stored.
  await expect(page.locator("[data-save-status]")).toHaveText("Saved.");
  await page.goto("/overview");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/Your messages are paused until/)).toHaveCount(0);
});

test("stop all marketing is two interactions from the overview", async ({ page, customerLike, signInAs }) => {
  await signInAs(await customerLike("ca.customer@example.com"));
  await page.getByRole("navigation").getByRole("link", { name: "Preferences", exact: true }).click();
  await page.getByRole("button", { name: "Stop all marketing" }).click();
  await expect(page.getByText(/All marketing is off/)).toBeVisible();
});

test("quiet hours are kept in the customer's time zone", async ({ page, customerLike, signInAs }) => {
  await signInAs(await customerLike("ca.customer@example.com"));
  await page.goto("/preferences");
  await page.getByLabel("Not before").fill("08:00");
  await page.getByLabel("Not after").fill("21:30");
  await page.getByLabel("Time zone").fill("America/Los_Angeles");
  await page.getByRole("button", { name: "Save quiet hours" }).click();
  const active = page.getByText("come only between 08:00 and 21:30 (America/Los_Angeles)", { exact: false });
  await expect(active).toBeVisible();
  await page.reload();
  await expect(active).toBeVisible();
  await page.goto("/history");
  await expect(page.getByText("Quiet hours", { exact: false }).first()).toBeVisible();
});

test("a change made offline waits and is sent when the browser is back online", async ({
  page,
  context,
  customerLike,
  signInAs,
}) => {
  await signInAs(await customerLike("ca.customer@example.com"));
  await page.goto("/preferences");
  const cell = page.getByRole("switch", { name: "Surveys by Email" });
  const wasOn = (await cell.getAttribute("aria-checked")) === "true";
  await context.setOffline(true);
  await cell.click();
  await expect(page.getByText(/You are offline: your change is kept here/)).toBeVisible();
  await expect(cell).toHaveAttribute("aria-checked", String(!wasOn));
  await context.setOffline(false);
  await expect(page.locator("[data-save-status]")).toHaveText("Saved.");
  await page.reload();
  await expect(cell).toHaveAttribute("aria-checked", String(!wasOn));
});
