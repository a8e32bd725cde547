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
