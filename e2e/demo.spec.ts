import { expect, test } from "./fixtures.ts";

test("a demo visitor can start over from the seed", async ({ page, signIn, magicLinkFor }) => {
  const email = "tw.customer@example.com";
  await signIn(email);
  await expect(page.getByText("示範版本：不會寄出真正的電子郵件")).toBeVisible();
  await page.getByRole("button", { name: "重設示範資料" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.goto("/overview");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Foverview$/);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await magicLinkFor(email);
  await expect(page.getByRole("link", { name: "Open the sign-in link" })).toHaveCount(1);
});

test("the demo's sign-in page arrives painted, and becomes the app without losing what was typed", async ({
  page,
  request,
}) => {
  // The HTML itself carries the page (rendered when the demo was built), so nothing waits for a script to show it.
  const html = await (await request.get("/sign-in")).text();
  expect(html).toContain("Sign in to your privacy center");
  expect(html).toContain("data-prerendered");

  await page.goto("/sign-in", { waitUntil: "commit" });
  await page.getByLabel("Email address").fill("maria@example.com");
  await page.waitForFunction(() => (window as { candorHydrated?: boolean }).candorHydrated === true);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/check your inbox/i);
});

test("a first visit loads the in-browser backend only when the visitor acts, and can reset it from there", async ({
  page,
}) => {
  const backend: string[] = [];
  page.on("request", (request) => {
    if (/\/assets\/create-mock-api-[^/]*\.js$/.test(request.url())) backend.push(request.url());
  });
  await page.goto("/sign-in");
  await page.waitForFunction(() => (window as { candorHydrated?: boolean }).candorHydrated === true);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to your privacy center");
  expect(backend).toEqual([]);

  await page.getByRole("button", { name: "Reset demo data" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect.poll(() => backend.length).toBe(1);
  await page.getByLabel("Email address").fill("pl.customer@example.com");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/check your inbox/i);
});

test.describe("a demo visitor whose browser asks for Portuguese", () => {
  test.use({ locale: "pt-BR" });

  test("gets the sign-in page in Portuguese, not the English it was built in", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Entre na sua central de privacidade");
    await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
  });
});
