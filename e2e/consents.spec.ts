import type { Locator, Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { openPhoneMenu } from "./phone-menu.ts";

/** Every purpose of the default config, by its switch's name. */
const switches = [
  "Consent to Personalised offers",
  "Consent to Ad remarketing",
  "Consent to Sharing with partners",
  "Consent to Analytics and profiling",
  "Allow Offers based on what you bought",
];

const isOn = async (control: Locator) => (await control.getAttribute("aria-checked")) === "true";

/** Presses a switch until it shows `on` and the save is confirmed; the number of presses it took. */
async function pressesUntil(page: Page, name: string, on: boolean): Promise<number> {
  const control = page.getByRole("switch", { name });
  let presses = 0;
  while ((await isOn(control)) !== on && presses < 5) {
    await control.click();
    presses += 1;
    await expect(control).toHaveAttribute("aria-checked", String(on));
  }
  const card = page.getByRole("article").filter({ has: control });
  await expect(card.locator("[data-save-status]")).toHaveText(/given|withdrawn|objection|^$/);
  await expect(card.locator("[data-save-status]")).not.toHaveText("Saving…");
  return presses;
}

/** The Brazilian customer's page speaks Portuguese; these tests read it in English, as a person may choose. */
async function signInInEnglish(page: Page, signInAs: (email: string) => Promise<void>, email: string) {
  await signInAs(email);
  await openPhoneMenu(page);
  await page.getByRole("combobox").selectOption("en");
  await expect(page.getByRole("navigation", { name: "Privacy center" }).first()).toBeAttached();
  await page.keyboard.press("Escape");
}

const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test("each purpose takes no more presses to withdraw than to give, at 320 px, with axe on every state", async ({
  page,
  customerLike,
  signInAs,
  expectAccessible,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await signInInEnglish(page, signInAs, await customerLike("br.customer@example.com"));
  await page.goto("/consents");
  await expect(page.getByRole("switch", { name: switches[0] })).toBeVisible();
  expect(await noSideScroll(page)).toBe(true);
  await expectAccessible();
  for (const name of switches) {
    if (await isOn(page.getByRole("switch", { name }))) await pressesUntil(page, name, false);
    const give = await pressesUntil(page, name, true);
    await expectAccessible();
    const withdraw = await pressesUntil(page, name, false);
    expect(give, name).toBe(1);
    expect(withdraw, name).toBeLessThanOrEqual(give);
    await expect(page.getByRole("dialog")).toHaveCount(0);
  }
  expect(await noSideScroll(page)).toBe(true);
  await expectAccessible();
  await page.reload();
  for (const name of switches)
    await expect(page.getByRole("switch", { name })).toHaveAttribute("aria-checked", "false");
});

test("a withdrawal is undone in one press, and its receipt has a page that prints alone", async ({
  page,
  customerLike,
  signInAs,
  expectAccessible,
}) => {
  await signInInEnglish(page, signInAs, await customerLike("br.customer@example.com"));
  await page.goto("/consents");
  const offers = page.getByRole("switch", { name: "Consent to Personalised offers" });
  const card = page.getByRole("article", { name: "Personalised offers" });
  await expect(offers).toHaveAttribute("aria-checked", "true");
  await offers.click();
  await expect(card.getByText("Consent to Personalised offers withdrawn.")).toBeVisible();
  await card.getByRole("button", { name: "Undo" }).click();
  await expect(card.getByText("Undone: Personalised offers is back as it was.")).toBeVisible();
  await expect(offers).toHaveAttribute("aria-checked", "true");
  await expectAccessible();

  await card.getByText(/^History: \d+ changes$/).click();
  const receipts = card.getByRole("link", { name: /^Receipt: / });
  await expect(receipts.first()).toHaveAccessibleName(/^Receipt: Given, /);
  await expect(receipts.nth(1)).toHaveAccessibleName(/^Receipt: Withdrawn, /);
  await receipts.nth(1).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consent receipt");
  await expect(page).toHaveURL(/\/consents\/receipts\/[^/]+$/);
  const receipt = page.getByRole("region", { name: /Personalised offers: Withdrawn/ });
  await expect(receipt).toContainText("On this privacy center");
  await expect(receipt).toContainText("By whomYou");
  await expect(receipt).toContainText("2026-01");
  await expect(receipt).toContainText("We use your purchases and browsing to choose the offers we show you.");
  await expectAccessible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Privacy center" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(receipt).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await page.reload();
  await expect(page.getByRole("region", { name: /Personalised offers: Withdrawn/ })).toBeVisible();
});

test.describe("with Global Privacy Control", () => {
  test.use({ extraHTTPHeaders: { "Sec-GPC": "1" } });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true, configurable: true }),
    );
  });

  test("sale and share purposes are opted out once, recorded as GPC, and the page says so", async ({
    page,
    customerLike,
    signInAs,
    expectAccessible,
  }, testInfo) => {
    await signInInEnglish(page, signInAs, await customerLike("br.customer@example.com"));
    await page.goto("/consents");
    await expect(page.getByText(/Your browser sends a Global Privacy Control signal/)).toBeVisible();
    const ads = page.getByRole("article", { name: "Ad remarketing" });
    await expect(page.getByRole("switch", { name: "Consent to Ad remarketing" })).toHaveAttribute(
      "aria-checked",
      "false",
    );
    await expect(ads.getByText(/because your browser sent a Global Privacy Control signal/)).toBeVisible();
    await expectAccessible();
    // A new session in this browser sends the signal again; the backend adds nothing the second time.
    await page.evaluate(() => sessionStorage.removeItem("candor.gpc.honoured"));
    const resent =
      testInfo.project.name === "real"
        ? page.waitForRequest((request) => request.url().endsWith("/api/consents/gpc"))
        : null;
    await page.reload();
    // On the real stack the signal goes over the wire with the browser's Sec-GPC header.
    if (resent) expect((await resent).headers()["sec-gpc"]).toBe("1");
    await expect(page.getByText(/Your browser sends a Global Privacy Control signal/)).toBeVisible();
    await ads.getByText(/^History: /).click();
    await expect(ads.getByText("By your browser's Global Privacy Control signal")).toHaveCount(1);
    await expect(page.getByRole("switch", { name: "Consent to Personalised offers" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    await page.goto("/history");
    await expect(
      page
        .getByRole("listitem")
        .filter({ hasText: "Consent withdrawn" })
        .filter({ hasText: /Global Privacy Control/ }),
    ).toHaveCount(1);
  });
});

/** A second tab signed in as the same customer: the cookie on the real stack, a sign-in of its own in the demo. */
async function secondTab(page: Page, testInfo: TestInfo, email: string): Promise<Page> {
  const other = await page.context().newPage();
  if (testInfo.project.name === "real") return other;
  await other.goto("/sign-in");
  await other.getByLabel(/email/i).fill(email);
  await other.getByRole("button", { name: /sign-in link/i }).click();
  const link = other.getByRole("link", { name: /sign-in link|Abrir/i }).first();
  await other.goto((await link.getAttribute("href")) ?? "");
  await other.getByRole("button", { name: /^sign in$/i }).click();
  await expect(other).toHaveURL(/\/overview$/);
  return other;
}

test("a stale tab's change is refused and shows the fresh state, overwriting nothing", async ({
  page,
  customerLike,
  signInAs,
  expectAccessible,
}, testInfo) => {
  const email = await customerLike("br.customer@example.com");
  await signInInEnglish(page, signInAs, email);
  const other = await secondTab(page, testInfo, email);
  await page.goto("/consents");
  await other.goto("/consents");
  await other.getByRole("switch", { name: "Consent to Personalised offers" }).click();
  await expect(other.getByText("Consent to Personalised offers withdrawn.")).toBeVisible();
  await page.getByRole("switch", { name: "Consent to Sharing with partners" }).click();
  const partners = page.getByRole("article", { name: "Sharing with partners" });
  await expect(partners.getByRole("alert")).toContainText("This was changed elsewhere");
  await expect(page.getByRole("switch", { name: "Consent to Personalised offers" })).toHaveAttribute(
    "aria-checked",
    "false",
  );
  await expect(page.getByRole("switch", { name: "Consent to Sharing with partners" })).toHaveAttribute(
    "aria-checked",
    "false",
  );
  await expectAccessible();
});

test("with every second write failing, retries end in the state the person chose", async ({
  page,
  customerLike,
  signInAs,
  expectAccessible,
}, testInfo) => {
  await signInInEnglish(page, signInAs, await customerLike("br.customer@example.com"));
  if (testInfo.project.name === "real") {
    // The real server cannot be told to fail, so the network drops every second consent write on its way.
    let writes = 0;
    await page.route("**/api/consents", (route) =>
      route.request().method() === "POST" && ++writes % 2 === 0 ? route.abort("failed") : route.fallback(),
    );
  } else {
    await page.evaluate(() => localStorage.setItem("candor.mock.faults", JSON.stringify({ failEveryNthWrite: 2 })));
  }
  await page.goto("/consents");
  const wanted: Array<[string, boolean]> = [
    ["Consent to Sharing with partners", true],
    ["Consent to Personalised offers", false],
    ["Consent to Analytics and profiling", true],
    ["Allow Offers based on what you bought", false],
  ];
  let failures = 0;
  for (const [name, on] of wanted) {
    const control = page.getByRole("switch", { name });
    const card = page.getByRole("article").filter({ has: control });
    await control.click();
    const retry = card.getByRole("button", { name: "Try again" });
    const saved = card.locator("[data-save-status]").filter({ hasText: /given|withdrawn|objection/ });
    await expect(retry.or(saved)).toBeVisible();
    if (await retry.isVisible()) {
      await expect(control).toHaveAttribute("aria-checked", String(!on));
      await expect(card.getByRole("alert")).toContainText("was not saved");
      await expectAccessible();
      failures += 1;
      await retry.click();
    }
    await expect(saved).toBeVisible();
    await expect(control).toHaveAttribute("aria-checked", String(on));
  }
  // Writes 2, 4 and 6 failed: the second, third and fourth changes each needed one retry.
  expect(failures).toBe(3);
  await page.evaluate(() => localStorage.removeItem("candor.mock.faults"));
  await page.unrouteAll();
  await page.reload();
  for (const [name, on] of wanted)
    await expect(page.getByRole("switch", { name })).toHaveAttribute("aria-checked", String(on));
});

test("the whole page works by keyboard alone: switch, undo, history and receipt", async ({
  page,
  customerLike,
  signInAs,
}) => {
  await signInInEnglish(page, signInAs, await customerLike("br.customer@example.com"));
  await page.goto("/consents");
  const partners = page.getByRole("switch", { name: "Consent to Sharing with partners" });
  await expect(partners).toBeVisible();
  const focusOn = async (target: Locator) => {
    for (let presses = 0; presses < 80; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error("never reached by Tab");
  };
  await focusOn(partners);
  await page.keyboard.press("Space");
  await expect(partners).toHaveAttribute("aria-checked", "true");
  const card = page.getByRole("article", { name: "Sharing with partners" });
  const undo = card.getByRole("button", { name: "Undo" });
  await focusOn(undo);
  await page.keyboard.press("Enter");
  await expect(partners).toHaveAttribute("aria-checked", "false");
  const summary = card.getByText(/^History: /);
  await focusOn(summary);
  await page.keyboard.press("Enter");
  const receipt = card.getByRole("link", { name: /^Receipt: Withdrawn/ });
  await focusOn(receipt);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consent receipt");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

test("in Portuguese and in dark mode, the page reads in the customer's language and keeps AA contrast", async ({
  page,
  customerLike,
  signInAs,
  expectAccessible,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await signInAs(await customerLike("br.customer@example.com"));
  await page.goto("/consents");
  const offers = page.getByRole("switch", { name: "Consentir com Ofertas personalizadas" });
  await expect(offers).toHaveAttribute("aria-checked", "true");
  await expect(page.getByRole("article", { name: "Análises e perfil" })).toContainText("Expirado");
  await expectAccessible();
  await offers.click();
  await expect(page.getByText("Consentimento para Ofertas personalizadas revogado.")).toBeVisible();
  await expectAccessible();
});

test("a change made offline waits, says so, and is sent when the browser is back online", async ({
  page,
  context,
  customerLike,
  signInAs,
  expectAccessible,
}) => {
  await signInInEnglish(page, signInAs, await customerLike("br.customer@example.com"));
  await page.goto("/consents");
  const partners = page.getByRole("switch", { name: "Consent to Sharing with partners" });
  const card = page.getByRole("article", { name: "Sharing with partners" });
  await expect(partners).toHaveAttribute("aria-checked", "false");
  await context.setOffline(true);
  await partners.click();
  await expect(card.locator("[data-save-status]")).toHaveText(/You are offline: your change .* waits here/);
  await expect(partners).toHaveAttribute("aria-checked", "true");
  await expectAccessible();
  await context.setOffline(false);
  await expect(card.getByText("Consent to Sharing with partners given.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("switch", { name: "Consent to Sharing with partners" })).toHaveAttribute(
    "aria-checked",
    "true",
  );
});
