import { expect, test } from "./fixtures.ts";
import { withOperatorConfig } from "./operator-config-route.ts";

test("the skip link is the first stop and leads to the content", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("the whole sign-in form works by keyboard alone", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").focus();
  await page.keyboard.type("pl.customer@example.com");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

test("the language switcher changes the page and <html lang>", async ({ page, expectAccessible }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Language").selectOption("pt-BR");
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Entre na sua central de privacidade");
  await expectAccessible();
});

test("only the in-browser demo offers to reset its data", async ({ page }, testInfo) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Reset demo data" })).toHaveCount(
    testInfo.project.name === "mock" ? 1 : 0,
  );
});

test("an unknown address shows a 404 page with a way back", async ({ page, expectAccessible }) => {
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectAccessible();
  await page.getByRole("link", { name: "Go to the start page" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("an invalid operator config names each problem instead of a blank page", async ({ page, expectAccessible }) => {
  const invalid = { company: { name: "" }, brand: { primary: "green", onPrimary: "#ffffff" } };
  await withOperatorConfig(page, () => invalid);
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This privacy center is not set up correctly");
  await expect(page.getByText("brand.primary")).toBeVisible();
  await expect(page.getByText("company.name")).toBeVisible();
  await expectAccessible();
});

test("a failed load says what failed and retries, in the customer's language", async ({
  page,
  customerLike,
  signInAs,
}, testInfo) => {
  await signInAs(await customerLike("it.customer@example.com"));
  if (testInfo.project.name === "real") {
    let failing = true;
    await page.route("**/api/consents", (route) => (failing ? route.abort() : route.fallback()));
    // The server renders a page's first load with its data; a page the browser goes on to reads it itself.
    await page.goto("/data");
    await page.getByRole("navigation").getByRole("link", { name: "Consensi", exact: true }).click();
    await expect(page.getByRole("alert")).toContainText("Non è stato possibile caricare la sezione «Consensi»");
    failing = false;
    await page.getByRole("main").getByRole("button", { name: "Riprova" }).click();
  } else {
    await page.evaluate(() => localStorage.setItem("candor.mock.faults", JSON.stringify({ failureRate: 1 })));
    await page.goto("/consents");
    // Here even the session fails to load, so the subject's language is unknown and the browser's is used.
    await expect(page.getByRole("alert").first()).toContainText("the server did not answer");
    await page.evaluate(() => localStorage.removeItem("candor.mock.faults"));
    await page.getByRole("main").getByRole("button", { name: "Try again" }).click();
  }
  await expect(page.getByRole("heading", { name: "Offerte personalizzate" })).toBeVisible();
});
