import { expect, test } from "./fixtures.ts";

test("a demo visitor can start over from the seed", async ({ page, signIn, magicLinkFor }) => {
  const email = "ca.customer@example.com";
  await signIn(email);
  await expect(page.getByText("Demo: no real email is sent")).toBeVisible();
  await page.getByRole("button", { name: "Reset demo data" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.goto("/overview");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Foverview$/);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await magicLinkFor(email);
  await expect(page.getByRole("link", { name: "Open the sign-in link" })).toHaveCount(1);
});
