import { chromium } from "@playwright/test";
// Against the in-browser demo: `npm run demo`, then `node docs/screenshots/take.mjs` (DEMO_URL to point elsewhere).
// Each page at a phone (390 px) and a desktop (1280 px) width, light and dark: the Italian customer for pages with
// content, the newcomer (new.customer@example.com, nothing yet) for the empty Requests, Your data and History.
const base = process.env.DEMO_URL ?? "http://127.0.0.1:4173";
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
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    await page.goto(`${base}/auth/confirm#token=garbage123`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.screenshot({ path: `docs/screenshots/dead-end-${suffix}.png` });
    await signIn(page, "it.customer@example.com");
    await page.waitForTimeout(500);
    await page.screenshot({ path: `docs/screenshots/overview-${suffix}.png` });
    if (name === "phone" && scheme === "light") {
      await page.getByRole("button", { name: "Menu" }).click();
      await page.getByRole("dialog").waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `docs/screenshots/menu-phone.png` });
      await page.keyboard.press("Escape");
    }
    for (const section of ["preferences", "consents", "requests", "data", "history"])
      await shoot(page, `/${section}`, `${section}-${suffix}`);
    await shoot(page, "/requests?type=correction", `requests-no-match-${suffix}`);
    await page.close();

    // A fresh browser (its own demo storage) for the customer with nothing yet.
    const fresh = await browser.newPage({ viewport, colorScheme: scheme });
    await signIn(fresh, "new.customer@example.com");
    for (const section of ["requests", "data"]) await shoot(fresh, `/${section}`, `${section}-empty-${suffix}`);
    await fresh.close();
  }
}
await browser.close();
