import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { dataItemSchema } from "../src/api/contract/data.ts";
import { expect, test } from "./fixtures.ts";

const formula = '=HYPERLINK("http://evil.example","click")';
const markup = "<img src=x onerror=alert(1)>";

async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return readFile(await (download as Download).path(), "utf8");
}

test("the data page shows every family, keeps odd text inert and reveals a masked value by keyboard", async ({
  page,
  customerLike,
  signInAs,
  expectAccessible,
}) => {
  await signInAs(await customerLike("ca.customer@example.com"));
  await page.goto("/data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data");
  for (const family of ["Identity and contact", "Demographic", "Engagement", "Sentiment and feedback"])
    await expect(page.getByRole("region", { name: family })).toBeVisible();
  await expect(page.getByText(markup, { exact: true })).toBeVisible();
  await expect(page.getByText(formula, { exact: true })).toBeVisible();
  expect(await page.locator("main img").count()).toBe(0);
  await expectAccessible();

  const toggle = page.getByRole("button", { name: "Show Payment card" });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("Amex •••• 1009")).toBeVisible();
  await expectAccessible();
});

test("the JSON export holds what the page shows and the CSV neutralises formulas", async ({
  page,
  customerLike,
  signInAs,
}) => {
  const email = await customerLike("ca.customer@example.com");
  await signInAs(email);
  await page.goto("/data");
  const json = JSON.parse(await downloaded(page, "Download JSON")) as {
    schemaVersion: number;
    subject: { email: string };
    items: unknown[];
  };
  expect(json.schemaVersion).toBe(1);
  expect(json.subject.email).toBe(email);
  const items = json.items.map((item) => dataItemSchema.parse(item));
  await expect(page.getByText(`A copy of the ${items.length} items on this page`)).toBeVisible();
  for (const [family, name] of [
    ["identity", "Identity and contact"],
    ["sentiment", "Sentiment and feedback"],
  ] as const) {
    const region = page.getByRole("region", { name });
    await expect(region.getByRole("listitem")).toHaveCount(items.filter((item) => item.family === family).length);
  }
  for (const item of items.filter((candidate) => !candidate.masked))
    await expect(page.getByText(item.value, { exact: true }).first()).toBeVisible();
  expect(items.map((item) => item.value)).toContain(formula);

  const csv = (await downloaded(page, "Download CSV (spreadsheet)")).replace(/^\uFEFF/, "");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toMatch(/^family,field,value,/);
  expect(lines).toHaveLength(items.length + 1);
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  for (const line of lines) for (const cell of line.split(",")) expect(cell).not.toMatch(/^"?[=+\-@]/);
});

test("a full copy from every system is filed as a tracked request", async ({ page, customerLike, signInAs }) => {
  await signInAs(await customerLike("ca.customer@example.com"));
  await page.goto("/data");
  await page.getByRole("button", { name: "Ask for a full copy" }).click();
  await expect(page.getByText(/^Asked\. We will answer by /)).toBeVisible();
  await page.goto("/requests");
  await expect(page.getByRole("heading", { name: "Copy of my data" }).first()).toBeVisible();
});

test("a correction refused on its field, then accepted, by keyboard alone", async ({
  page,
  customerLike,
  signInAs,
  expectAccessible,
}) => {
  const email = await customerLike("ca.customer@example.com");
  await signInAs(email);
  await page.goto("/data");
  const correct = page.getByRole("link", { name: "Correct Email address" });
  await correct.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("group", { name: "What it should say" })).toBeVisible();
  const current = await page.locator("dt", { hasText: "It says now" }).locator("+ dd").textContent();
  const field = page.getByLabel("New Email address");
  await field.focus();
  await page.keyboard.type(String(current).toUpperCase());
  await page.keyboard.press("Enter");
  await expect(page.getByText("This is what it says already; enter the new value.")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toBeFocused();
  await expectAccessible();

  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("jordan.new@example.com");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/requests\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Correct my data" })).toBeVisible();
  await expect(page.getByText("jordan.new@example.com")).toBeVisible();
  await expect(page.locator("[data-request-status]")).toHaveText("Received");
  await expectAccessible();
});

test("deletion asks for a fresh sign-in on an older session, then files, and can be cancelled", async ({
  page,
  customerLike,
  signInAs,
  magicLinkFor,
  expectAccessible,
}) => {
  await page.setViewportSize({ width: 320, height: 720 });
  const email = await customerLike("ca.customer@example.com");
  await signInAs(email, { ageMinutes: 11 });
  await page.goto("/requests/new?type=deletion");
  await expect(page.getByText(/The law makes us keep some data|items will be deleted/).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Confirm it is you" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete my account and data" })).toHaveCount(0);
  await expectAccessible();

  await page.getByRole("button", { name: "Email me a new sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/check your inbox/i);
  await page.goto(await magicLinkFor(email));
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page).toHaveURL(/\/requests\/new\?type=deletion$/);

  await page.getByRole("radio", { name: "Only what I choose" }).check();
  await page.getByRole("checkbox", { name: "All of Engagement" }).check();
  await expect(page.getByText(/items? will be deleted/)).toBeVisible();
  await expectAccessible();
  await page.getByRole("button", { name: "Delete the chosen data" }).click();
  await expect(page).toHaveURL(/\/requests\/[^/?]+$/);
  await expect(page.getByRole("heading", { name: "Delete my data" })).toBeVisible();
  await expect(page.locator("[data-request-status]")).toHaveText("Received");
  await expect(page.getByText("family:engagement")).toBeVisible();
  await expectAccessible();

  await page.getByRole("button", { name: "Cancel this request" }).click();
  await expect(page.locator("[data-request-status]")).toHaveText("Cancelled");
  await expect(page.getByText("The request is cancelled.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel this request" })).toHaveCount(0);
  await expectAccessible();
});

test("the requests list filters by status and opens a request, by keyboard alone", async ({
  page,
  customerLike,
  signInAs,
  expectAccessible,
}) => {
  await signInAs(await customerLike("ca.customer@example.com"));
  await page.goto("/requests");
  const count = page.locator("[data-request-count]");
  await expect(count).toHaveText(/\d+ requests?/);
  const all = Number((await count.textContent())?.match(/\d+/)?.[0]);
  const status = page.getByLabel("Show");
  await status.focus();
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/status=open/);
  // The address changes first and the list after it: on a busy machine the count can still be the old one.
  await expect.poll(async () => Number((await count.textContent())?.match(/\d+/)?.[0])).toBeLessThan(all);
  await expectAccessible();
  const first = page.locator("main li h2 a").first();
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/requests\/[^/?]+$/);
  await expect(page.getByRole("heading", { name: "What happened" })).toBeVisible();
  await expectAccessible();
});

test("retention: the page says what goes next, and the history says what went and why", async ({
  page,
  customerLike,
  signInAs,
  expectAccessible,
}) => {
  await signInAs(await customerLike("ca.customer@example.com"));
  await page.goto("/data");
  const next = page.getByRole("region", { name: "What goes next" });
  await expect(next.getByRole("listitem").first()).toHaveText(
    /^Past campaign clicks: on .+ we ask you to renew your consent, or it goes$/,
  );
  await expect(page.getByRole("heading", { name: "Older orders" })).toHaveCount(0);
  await expectAccessible();
  await page.goto("/history");
  await expect(
    page.getByText(/^Anonymised: Older orders \(kept 5 years, for tax records\).+as our retention policy says\.$/),
  ).toBeVisible();
  await expectAccessible();
});
