import http from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import type { Page } from "@playwright/test";
import { consoleMessages } from "./console-messages.ts";
import { expect, test } from "./fixtures.ts";

// The real server prerenders the public pages (decision 0058); the in-browser demo is static files and does not.

/** Holds the app's entry script back until `release()`, so a test can act on the server's HTML alone. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("the sign-in page is real HTML: with JavaScript off it shows the heading and the form", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "it-IT" });
  try {
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "it");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acceda al suo centro privacy");
    await expect(page.getByLabel("Indirizzo email")).toBeEditable();
    await expect(page.getByRole("button", { name: "Invia il link di accesso" })).toBeVisible();
    await expect(page.getByText("Northwind Outfitters")).toBeVisible();
    // Sent before any script runs, the form keeps the address out of the URL and shows the page again.
    await page.getByLabel("Indirizzo email").fill("early@example.com");
    await page.getByRole("button", { name: "Invia il link di accesso" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acceda al suo centro privacy");
  } finally {
    await context.close();
  }
});

test("what a person types before the JavaScript arrives is kept, and the page hydrates without a warning", async ({
  page,
  customerLike,
}) => {
  const messages = consoleMessages(page, ["error", "warning"]);
  const email = await customerLike("ca.customer@example.com");
  // The app's entry script is held back until the address has been typed into the server's HTML.
  const release = await holdAppScript(page);
  await page.goto("/sign-in", { waitUntil: "commit" });
  await page.getByLabel("Email address").fill(email);
  await expect(page).toHaveTitle("Candor");
  release();
  // The page's own title is set by the app once it runs.
  await expect(page).toHaveTitle("Sign in to your privacy center");
  await expect(page.getByLabel("Email address")).toHaveValue(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
  await expect(page.getByText(`If ${email} is registered with us`)).toBeVisible();
  expect(messages).toEqual([]);
});

test("Enter pressed before the JavaScript arrives sends the form once it has, with the address typed", async ({
  page,
  customerLike,
}) => {
  const email = await customerLike("ca.customer@example.com");
  const release = await holdAppScript(page);
  await page.goto("/sign-in", { waitUntil: "commit" });
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Email address").press("Enter");
  // Held, not posted: the page is still the one the address was typed into.
  await expect(page.getByLabel("Email address")).toHaveValue(email);
  release();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
  await expect(page.getByText(`If ${email} is registered with us`)).toBeVisible();
});

test("a language chosen in the switcher wins over the prerendered one on the next visit", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page).toHaveTitle("Sign in to your privacy center");
  await page.getByLabel("Language").selectOption("pl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zaloguj się do centrum prywatności");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zaloguj się do centrum prywatności");
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
});

test("a signed-in page paints the session's own data before the JavaScript arrives, then hydrates without a warning", async ({
  page,
  customerLike,
  signInAs,
}) => {
  const messages = consoleMessages(page, ["error", "warning"]);
  await signInAs(await customerLike("ca.customer@example.com"));
  const release = await holdAppScript(page);
  await page.goto("/overview", { waitUntil: "commit" });
  // The server's HTML alone: the greeting and the sections are the customer's, and no script has run.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, Jordan Rivera");
  await expect(page.getByRole("heading", { name: "How we contact you" })).toBeVisible();
  await expect(page).toHaveTitle("Candor");
  release();
  await expect(page).toHaveTitle("Hello, Jordan Rivera");
  await page.getByRole("link", { name: "Preferences" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Preferences");
  expect(messages).toEqual([]);
});

test("a switch pressed before the JavaScript arrives is applied once it has, and the page hydrates cleanly", async ({
  page,
  customerLike,
  signInAs,
}) => {
  const messages = consoleMessages(page, ["error", "warning"]);
  await signInAs(await customerLike("ca.customer@example.com"));
  const release = await holdAppScript(page);
  await page.goto("/preferences", { waitUntil: "commit" });
  const cell = page.getByRole("switch", { name: "Offers and discounts by Email" });
  const wasOn = (await cell.getAttribute("aria-checked")) === "true";
  await cell.click();
  await expect(page).toHaveTitle("Candor");
  release();
  await expect(cell).toHaveAttribute("aria-checked", String(!wasOn));
  await expect(page.locator("[data-save-status]")).not.toBeEmpty();
  await page.reload();
  await expect(cell).toHaveAttribute("aria-checked", String(!wasOn));
  expect(messages).toEqual([]);
});

/** The scripts the page asked for before its first contentful paint was on screen (Paint Timing). */
async function scriptsBeforePaint(page: Page): Promise<string[]> {
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName("first-contentful-paint").length)).toBe(1);
  await page.waitForLoadState("networkidle");
  return page.evaluate(() => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0]!.startTime;
    return performance
      .getEntriesByType("resource")
      .filter((entry) => /\.js(\?|$)/.test(entry.name) && entry.startTime < paint)
      .map((entry) => new URL(entry.name).pathname);
  });
}

test("a page the server painted asks for no script until it is on screen", async ({ page, customerLike, signInAs }) => {
  // Lighthouse's model counts every request that finished before the paint as one the paint waited for (0082).
  await page.goto("/sign-in", { waitUntil: "commit" });
  expect(await scriptsBeforePaint(page)).toEqual([]);
  await signInAs(await customerLike("ca.customer@example.com"));
  await page.goto("/overview", { waitUntil: "commit" });
  expect(await scriptsBeforePaint(page)).toEqual([]);
  await expect(page).toHaveTitle("Hello, Jordan Rivera");
});

test("a page the server painted for a signed-in customer loads no schema library until it is used", async ({
  page,
  customerLike,
  signInAs,
}) => {
  // zod is one chunk of its own (vite.config.ts); decisions 0071, 0080 and 0081 keep it off these pages' start.
  const messages = consoleMessages(page, ["error", "warning"]);
  const schemaLoads: string[] = [];
  page.on("request", (request) => {
    if (/\/assets\/zod-[\w-]+\.js$/.test(request.url())) schemaLoads.push(`${page.url()} ${request.url()}`);
  });
  await signInAs(await customerLike("ca.customer@example.com"));
  const pages = [
    ["/overview", "Hello, Jordan Rivera"],
    ["/preferences", "Preferences"],
    ["/consents", "Consents"],
    ["/data", "Your data"],
    ["/requests", "Requests"],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path!, { waitUntil: "networkidle" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading!);
  }
  // A request's page and a consent receipt, as the links in emails about them open them: fresh loads, not clicks.
  const firstRequest = await page.locator("main li h2 a").first().getAttribute("href");
  await page.goto(firstRequest!, { waitUntil: "networkidle" });
  await expect(page.getByRole("heading", { name: "What happened" })).toBeVisible();
  await page.goto("/consents");
  const receipt = await page.locator('main a[href^="/consents/receipts/"]').first().getAttribute("href");
  await page.goto(receipt!, { waitUntil: "networkidle" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consent receipt");
  expect(schemaLoads).toEqual([]);
  expect(messages).toEqual([]);
  // The first change a person makes loads it: the write goes through the contract.
  await page.goto("/consents", { waitUntil: "networkidle" });
  const schemaLoaded = page.waitForRequest(/\/assets\/zod-[\w-]+\.js$/);
  await page.getByRole("switch").first().click();
  await schemaLoaded;
});

/**
 * The server's HTML from a port of its own, in two parts: the first ends where `cut` first matches, the second
 * follows `pauseMs` later, as a slow network brings a page. Anything else is refused, so no script runs: what is
 * on screen is the HTML alone. Cookies go with the request (a host's cookies are every port's).
 */
async function documentInTwoParts(origin: string, cut: RegExp, pauseMs = 500) {
  const server = http.createServer(async (request, response) => {
    if (!request.headers.accept?.includes("text/html")) return void response.writeHead(404).end();
    const upstream = await fetch(new URL(request.url ?? "/", origin), {
      headers: { cookie: request.headers.cookie ?? "", accept: "text/html", "accept-encoding": "identity" },
    });
    const html = await upstream.text();
    const at = cut.exec(html);
    if (!at) return void response.writeHead(500).end(`${String(cut)} is not in the page`);
    const end = at.index + at[0].length;
    const skipped = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"]);
    response.writeHead(
      upstream.status,
      Object.fromEntries([...upstream.headers].filter(([name]) => !skipped.has(name))),
    );
    response.write(html.slice(0, end));
    await delay(pauseMs);
    response.end(html.slice(end));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Every layout shift since the page started, added up as CLS does, once the page has loaded. */
async function layoutShiftTotal(page: Page): Promise<number> {
  await page.waitForLoadState("load");
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 200);
      }),
  );
}

for (const { screen, viewport, cut } of [
  // The Menu button, painted before its word arrived, was an icon's width and then grew.
  { screen: "a phone", viewport: { width: 412, height: 823 }, cut: /<button[^>]*aria-haspopup[^>]*>/ },
  // The header row, painted before the language switch arrived, grew to its height and moved the logo down.
  { screen: "a desktop", viewport: { width: 1350, height: 940 }, cut: /(?=<select)/ },
])
  test(`on ${screen}, a page the server painted does not move while the rest of its HTML is on the way`, async ({
    page,
    customerLike,
    signInAs,
    baseURL,
  }) => {
    await signInAs(await customerLike("ca.customer@example.com"));
    const held = await documentInTwoParts(String(baseURL), cut);
    try {
      await page.setViewportSize(viewport);
      await page.goto(held.url("/overview"));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, Jordan Rivera");
      expect(await layoutShiftTotal(page)).toBe(0);
    } finally {
      await held.close();
    }
  });
