import { expect, test } from "./fixtures.ts";
import { withOperatorConfig } from "./operator-config-route.ts";

test("a config the schema refuses but the page could render is replaced by its problems, on either build", async ({
  page,
}) => {
  await withOperatorConfig(page, (config) => ({
    ...config,
    company: { ...(config.company as object), name: "" },
    links: { ...(config.links as object), privacyPolicy: "javascript:alert(1)" },
  }));
  await page.goto("/sign-in");
  await page.waitForFunction(() => (window as { candorHydrated?: boolean }).candorHydrated === true);
  // The demo checks the file it fetched before it renders. The real server checked the config it inlines when it
  // started; the page renders from it and checks it again with the contract's schema on the first key pressed.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("heading", { name: "This privacy center is not set up correctly" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "company.name" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "links.privacyPolicy" })).toContainText(
    "must start with https://, mailto: or /",
  );
});
