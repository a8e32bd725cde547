import type { TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

const isReal = (testInfo: TestInfo) => testInfo.project.name === "real";

const minutes = (count: number) => count * 60_000;

// An on-behalf view ends 30 minutes after it opened whatever happens, so its warning needs no clock of the
// server's: on the real stack the dev control opens it 28 minutes ago; in the demo the browser's clock moves on.
test("an agent is warned, without an offer to stay, two minutes before an on-behalf view ends", async ({
  page,
  customerLike,
  magicLinkFor,
  expectAccessible,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const customer = await customerLike("ca.customer@example.com");
  if (isReal(testInfo)) {
    const origin = String(testInfo.project.use.baseURL);
    const actor = {
      kind: "support",
      agentName: "Sam Reyes",
      reason: "Customer called about offers",
      mode: "read_only",
    };
    const response = await page.request.post("/api/dev/sessions", {
      data: { email: customer, actor, ageMinutes: 28 },
      headers: { Origin: origin, "X-Candor-CSRF": "1" },
    });
    expect(response.status()).toBe(201);
    await page.goto("/overview");
  } else {
    await page.clock.install();
    await page.goto("/sign-in");
    await page.getByLabel(/email/i).fill("support.agent@example.com");
    await page.getByRole("button", { name: /sign-in link/i }).click();
    await page.goto(await magicLinkFor("support.agent@example.com"));
    await page.getByRole("button", { name: /^sign in$/i }).click();
    await page.getByLabel("Customer's email or phone number").fill(customer);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("button", { name: "Open Jordan Rivera" }).click();
    await page.getByLabel("Reason (the customer will see it)").fill("Customer called about offers");
    await page.getByRole("button", { name: /^Open read-only$/ }).click();
    await expect(page).toHaveURL(/\/overview$/);
    await page.clock.fastForward(minutes(28));
  }
  const banner = page.getByRole("region", { name: "Support view" });
  await expect(banner.getByRole("alert")).toHaveText(
    "This view ends in less than 2 minutes and cannot be extended. To go on, open it again from the console with a reason.",
  );
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expectAccessible();
});
