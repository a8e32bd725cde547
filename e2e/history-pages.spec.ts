import { expect, test } from "./fixtures.ts";

// Real stack only (playwright.config.ts): lengthening a history is a server dev control, which exists only where
// the dev outbox is; the in-browser demo has no door to it from outside the page. The mock's pages are the same
// contract (server/contract/history-pages.test.ts) and the view's paging has its own component test.
test("a long history comes a page at a time: Show older adds older events and the focus moves to the first", async ({
  page,
  customerLike,
  signInAs,
  expectAccessible,
}, testInfo) => {
  const email = await customerLike("ca.customer@example.com");
  const added = await page.request.post("/api/dev/history", {
    data: { email, count: 120 },
    headers: { Origin: String(testInfo.project.use.baseURL), "X-Candor-CSRF": "1" },
  });
  expect(added.status(), await added.text()).toBe(204);
  await signInAs(email);

  await page.goto("/history");
  const entries = page.locator("main ol > li");
  await expect(entries).toHaveCount(50);
  await expect(page.getByText("Showing your latest 50 events")).toBeVisible();
  await expectAccessible();

  const older = page.getByRole("button", { name: "Show older" });
  await older.focus();
  await page.keyboard.press("Enter");
  await expect(entries).toHaveCount(100);
  await expect(entries.nth(50)).toBeFocused();
  await expect(page.getByText("Showing your latest 100 events")).toBeVisible();

  // The rest: the template's own story under the 120 sign-ins, and then no more to ask for.
  await older.click();
  await expect(page.getByText(/^Your whole history: \d+ events$/)).toBeVisible();
  await expect(older).toHaveCount(0);
  expect(await entries.count()).toBeGreaterThan(120);
  await expect(entries.nth(100)).toBeFocused();
  await expectAccessible();
});
