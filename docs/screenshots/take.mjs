import { chromium } from "@playwright/test";
// Against the in-browser demo: `npm run demo`, then `node docs/screenshots/take.mjs` (DEMO_URL to point elsewhere).
// Each page at a phone (390 px) and a desktop (1280 px) width, light and dark: the Italian customer for pages with
// content, the newcomer (new.customer@example.com, nothing yet) for the empty Requests and Your data, the Polish
// customer (marketing paused) for a paused overview. The UI is in English, as in the 2026-11-24 shots decision 55
// sets them beside; SHOT_LOCALE=it (or pl, pt-BR, zh-TW) picks another language, SHOT_LOCALE= the customer's own.
const base = process.env.DEMO_URL ?? "http://127.0.0.1:4173";
const locale = process.env.SHOT_LOCALE ?? "en";

/** A new browser at a size and scheme, with the UI language chosen the way the language menu stores it. */
async function newPage(viewport, colorScheme) {
  const page = await browser.newPage({ viewport, colorScheme });
  if (locale) await page.addInitScript((chosen) => localStorage.setItem("candor.locale", chosen), locale);
  return page;
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH,
  args: ["--no-sandbox", "--disable-gpu"],
});

async function signIn(page, email) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel(/email/i).fill(email);
  await page.getByRole("button", { name: /sign-in link/i }).click();
  const link = page.getByRole("link", { name: /sign-in link/i }).first();
  await link.waitFor();
  await page.goto((await link.getAttribute("href")) ?? "");
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await page.waitForURL(/overview/);
  await page.getByRole("heading", { level: 1 }).waitFor();
}

/** Opens a section and waits until its data has replaced the skeleton. */
async function shoot(page, path, file) {
  await page.goto(`${base}${path}`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page
    .locator("main output:not([data-save-status])")
    .first()
    .waitFor({ state: "detached" })
    .catch(() => {});
  await page.waitForTimeout(800);
  await page.screenshot({ path: `docs/screenshots/${file}.png` });
}

for (const [name, viewport] of [
  ["phone", { width: 390, height: 844 }],
  ["desk", { width: 1280, height: 800 }],
]) {
  for (const scheme of ["light", "dark"]) {
    const suffix = `${name}${scheme === "dark" ? "-dark" : ""}`;
    const page = await newPage(viewport, scheme);
    await page.goto(`${base}/auth/confirm#token=garbage123`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.screenshot({ path: `docs/screenshots/dead-end-${suffix}.png` });
    await signIn(page, "it.customer@example.com");
    await page.waitForTimeout(500);
    await page.screenshot({ path: `docs/screenshots/overview-${suffix}.png` });
    if (name === "phone" && scheme === "light") {
      await page
        .locator("header")
        .getByRole("button", { name: /^(Menu|Menü|選單)$/ })
        .click();
      await page.getByRole("dialog").waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `docs/screenshots/menu-phone.png` });
      await page.keyboard.press("Escape");
    }
    for (const section of ["preferences", "consents", "requests", "data", "history"])
      await shoot(page, `/${section}`, `${section}-${suffix}`);
    await shoot(page, "/requests?type=restriction", `requests-no-match-${suffix}`);
    // The topic rows, where switches on and off sit side by side.
    await page.goto(`${base}/preferences`);
    await page.getByRole("heading", { level: 2, name: "Topics" }).scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById("topics-heading")?.scrollIntoView({ block: "start" }));
    await page.waitForTimeout(800);
    await page.screenshot({ path: `docs/screenshots/preferences-topics-${suffix}.png` });
    await page.close();

    // A fresh browser (its own demo storage) for the customer with nothing yet.
    const fresh = await newPage(viewport, scheme);
    await signIn(fresh, "new.customer@example.com");
    for (const section of ["requests", "data"]) await shoot(fresh, `/${section}`, `${section}-empty-${suffix}`);
    await fresh.close();

    // The Polish customer has paused marketing: the overview and the paused topic rows say so.
    const paused = await newPage(viewport, scheme);
    await signIn(paused, "pl.customer@example.com");
    await shoot(paused, "/overview", `overview-paused-${suffix}`);
    await paused.close();
  }
}
await browser.close();
