import { expect, test } from "./fixtures.ts";
import { consoleMessages } from "./console-messages.ts";

const brazil = "br.customer@example.com";

test("a customer signs in by magic link, in their own language, and the pages on the way pass axe", async ({
  page,
  expectAccessible,
  magicLinkFor,
  customerLike,
}) => {
  const consoleErrors = consoleMessages(page, ["error"]);
  const email = await customerLike(brazil);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to your privacy center");
  await expectAccessible();

  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
  await expect(page.getByText(`If ${email} is registered with us`)).toBeVisible();
  await expectAccessible();

  const link = await magicLinkFor(email);
  expect(link).toMatch(/\/auth\/confirm#token=[\w-]{40,}$/);
  await page.goto(link);
  await expect(page).toHaveURL(/\/auth\/confirm$/);
  expect(page.url()).not.toContain("token");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm sign-in");
  await expectAccessible();

  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Olá");
  await expect(page.getByRole("heading", { name: "Suas solicitações" })).toBeVisible();
  await expectAccessible();

  await page.getByRole("button", { name: "Sair" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/overview");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Foverview$/);
  // Includes Content-Security-Policy violations, which the browser reports as console errors.
  expect(consoleErrors).toEqual([]);
});

test("a used link explains itself and offers a new one", async ({
  page,
  magicLinkFor,
  expectAccessible,
  customerLike,
}) => {
  const email = await customerLike("ca.customer@example.com");
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const link = await magicLinkFor(email);
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/overview$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("This sign-in link has expired or has already been used.")).toBeVisible();
  await expectAccessible();
  await page.getByRole("link", { name: "Get a new sign-in link" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("an unknown address sees the same words as a known one", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("nobody@example.com");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(
    page.getByText("If nobody@example.com is registered with us, a sign-in link is on its way."),
  ).toBeVisible();
});

test("an invalid email gets a message tied to its field, and keeps what was typed", async ({
  page,
  expectAccessible,
}) => {
  await page.goto("/sign-in");
  const field = page.getByLabel("Email address");
  await field.fill("not-an-email");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription("Enter an email address like name@example.com.");
  await expect(field).toHaveValue("not-an-email");
  await expectAccessible();
});
