import { expect, test } from "./fixtures.ts";

test("the switcher offers the five languages, each named in itself, and no pseudo-locale", async ({ page }) => {
  await page.goto("/sign-in");
  const switcher = page.getByLabel("Language");
  await expect(switcher.locator("option")).toHaveText([
    "English",
    "português (Brasil)",
    "italiano",
    "polski",
    "中文（台灣）",
  ]);
  const tags = await switcher
    .locator("option")
    .evaluateAll((options) => options.map((option) => option.getAttribute("lang")));
  expect(tags).toEqual(["en", "pt-BR", "it", "pl", "zh-TW"]);
});

test("a chosen language is remembered across reloads", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Language").selectOption("pl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zaloguj się do centrum prywatności");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zaloguj się do centrum prywatności");
  await expect(page.getByLabel("Język")).toHaveValue("pl");
});

test("a language whose catalog cannot be fetched leaves the page as it was and says so; a retry works", async ({
  page,
}) => {
  await page.goto("/sign-in");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText("Sign in to your privacy center");
  // The Italian catalog's parts are build chunks named after the locale.
  await page.route(/\/assets\/it-[^/]+\.js$/, (route) => route.abort());
  await page.getByLabel("Language").selectOption("it");
  await expect(page.getByRole("alert")).toHaveText(/That language could not be loaded/);
  await expect(heading).toHaveText("Sign in to your privacy center");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByLabel("Language")).toHaveValue("en");

  await page.unroute(/\/assets\/it-[^/]+\.js$/);
  await page.getByLabel("Language").selectOption("it");
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await expect(heading).toHaveText("Acceda al suo centro privacy");
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("after sign-in the subject's own language wins, and the email was written in it", async ({
  page,
  signIn,
  customerLike,
}) => {
  const email = await customerLike("pl.customer@example.com");
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  // The page speaks the browser's English; the email speaks the customer's stored Polish.
  await expect(page.getByText("Twój link do logowania w Northwind Outfitters").first()).toBeVisible();

  await signIn(email);
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dzień dobry, Katarzyna Nowak");
  await expect(page.getByRole("navigation").getByRole("link", { name: "Żądania" })).toBeVisible();
});

test("a language the person chose beats the subject's, before and after sign-in", async ({
  page,
  magicLinkFor,
  customerLike,
}) => {
  const email = await customerLike("br.customer@example.com");
  await page.goto("/sign-in");
  await page.getByLabel("Language").selectOption("it");
  await page.getByLabel("Indirizzo email").fill(email);
  await page.getByRole("button", { name: "Invia il link di accesso" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Controlli la sua casella di posta");
  await page.goto(await magicLinkFor(email));
  await page.getByRole("button", { name: "Accedi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Buongiorno, Ana Luiza Ferreira");

  await page.getByLabel("Lingua").selectOption("zh-TW");
  await expect(page.getByRole("navigation").getByRole("link", { name: "總覽" })).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-TW");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ana Luiza Ferreira，您好");
});

test("the public pages and the 404 page all offer the switcher and the contact link", async ({ page }) => {
  for (const path of ["/sign-in", "/auth/confirm", "/no-such-page"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByLabel("Language"), path).toBeVisible();
    await expect(
      page.getByRole("contentinfo").getByRole("link", { name: "Contact our data protection officer" }),
    ).toBeVisible();
  }
});

test("every signed-in page offers the switcher and the contact link", async ({ page, customerLike, signInAs }) => {
  await signInAs(await customerLike("ca.customer@example.com"));
  for (const path of ["/overview", "/preferences", "/consents", "/data", "/requests", "/history"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByLabel("Language"), path).toBeVisible();
    await expect(
      page.getByRole("contentinfo").getByRole("link", { name: "Contact our data protection officer" }),
    ).toBeVisible();
  }
});
