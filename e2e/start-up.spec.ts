import { consoleMessages } from "./console-messages.ts";
import { expect, test } from "./fixtures.ts";

// Decision 0079: Intl's data is loaded by a worker before start-up builds the first date formatter.

test("start-up loads the reader's date and number formats in a worker the page's policy allows, and dates show in the reader's language", async ({
  page,
  customerLike,
  signInAs,
}) => {
  const errors = consoleMessages(page, ["error"]);
  await signInAs(await customerLike("pl.customer@example.com"));
  const worker = page.waitForEvent("worker");
  const script = page.waitForResponse(/\/intl-warm-up\.worker[-.][\w-]*\.[jt]s$/);
  await page.goto("/requests");
  expect((await worker).url()).toMatch(/intl-warm-up\.worker/);
  expect((await script).status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Żądania");
  // A Polish date, built after the worker had loaded Polish: "12 gru 2026", never "Dec 12, 2026".
  await expect(page.getByText(/\d{1,2} (sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|lis|gru) \d{4}/).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("a public page shows no dates, so the worker waits for the visitor's first press", async ({ page }) => {
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await page.goto("/sign-in", { waitUntil: "networkidle" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to your privacy center");
  expect(workers).toEqual([]);
  const worker = page.waitForEvent("worker");
  await page.getByLabel("Email address").press("a");
  expect((await worker).url()).toMatch(/intl-warm-up\.worker/);
});
