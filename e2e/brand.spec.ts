import { expect, test } from "./fixtures.ts";
import { consoleMessages } from "./console-messages.ts";
import { withOperatorConfig } from "./operator-config-route.ts";

test("a pale brand colour is replaced by a readable one, and the operator is told why", async ({
  page,
  expectAccessible,
}) => {
  const warnings = consoleMessages(page, ["warning"]);
  await withOperatorConfig(page, (config) => ({ ...config, brand: { primary: "#a7f3d0", onPrimary: "#ffffff" } }));
  await page.goto("/sign-in");
  const submit = page.getByRole("button", { name: "Email me a sign-in link" });
  await expect(submit).toBeVisible();
  // The real server's prerendered button shows before the app has run and read the config: wait for its word.
  await expect.poll(() => warnings.join("\n")).toContain("brand.primary #a7f3d0");
  expect(warnings.join("\n")).toContain("brand.onPrimary #ffffff");
  expect(await submit.evaluate((button) => getComputedStyle(button).backgroundColor)).not.toBe("rgb(167, 243, 208)");
  await expectAccessible();
});
