import { chromium } from "@playwright/test";
// Against the in-browser demo: `npm run demo`, then `node docs/screenshots/take.mjs` (DEMO_URL to point elsewhere).
const base = process.env.DEMO_URL ?? "http://127.0.0.1:4173";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH,
  args: ["--no-sandbox", "--disable-gpu"],
});
for (const [name, viewport] of [
  ["phone", { width: 390, height: 844 }],
  ["desk", { width: 1280, height: 800 }],
]) {
  for (const scheme of ["light", "dark"]) {
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    const suffix = `${name}${scheme === "dark" ? "-dark" : ""}`;
    await page.goto(`${base}/auth/confirm#token=garbage123`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.screenshot({ path: `docs/screenshots/dead-end-${suffix}.png` });
    await page.goto(`${base}/sign-in`);
    await page.getByLabel(/email/i).fill("it.customer@example.com");
    await page.getByRole("button", { name: /sign-in link/i }).click();
    const link = page.getByRole("link", { name: /sign-in link/i }).first();
    await link.waitFor();
    await page.goto((await link.getAttribute("href")) ?? "");
    await page.getByRole("button", { name: /^sign in$/i }).click();
    await page.waitForURL(/overview/);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `docs/screenshots/overview-${suffix}.png` });
    if (name === "phone" && scheme === "light") {
      await page.getByRole("button", { name: "Menu" }).click();
      await page.getByRole("dialog").waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `docs/screenshots/menu-phone.png` });
      await page.keyboard.press("Escape");
    }
    await page.goto(`${base}/preferences`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page
      .locator("main output")
      .first()
      .waitFor({ state: "detached" })
      .catch(() => {});
    await page.waitForTimeout(800);
    await page.screenshot({ path: `docs/screenshots/preferences-${suffix}.png` });
    await page.close();
  }
}
await browser.close();
