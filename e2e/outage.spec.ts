import { rmSync } from "node:fs";
import type { Page } from "@playwright/test";
import { freePort, startChildServer, type ChildServer } from "../server/test-support/child-server.ts";
import { expect, test } from "./fixtures.ts";

const banner = (page: Page) => page.getByText("We cannot reach the server right now.");

/** A server of this test's own, on its own port and data, so stopping it disturbs no other test. */
async function ownServer(port: number, dataDir: string): Promise<ChildServer> {
  return startChildServer(
    { DATA_DIR: dataDir, DATABASE_URL: "", SERVE_APP: "true", PUBLIC_URL: `http://127.0.0.1:${port}` },
    { port },
  );
}

async function stop(server: ChildServer) {
  server.signal("SIGTERM");
  await server.exited;
}

test("real stack: the server stops and starts again mid-session; the page says so, keeps what it has, and recovers without a reload", async ({
  page,
  expectAccessible,
}) => {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = `.data/e2e-outage-${port}`;
  let server = await ownServer(port, dataDir);
  try {
    const headers = { Origin: origin, "X-Candor-CSRF": "1" };
    const subject = await page.request.post(`${origin}/api/dev/subjects`, {
      data: { template: "ca.customer@example.com" },
      headers,
    });
    const { email } = (await subject.json()) as { email: string };
    await page.request.post(`${origin}/api/dev/sessions`, { data: { email }, headers });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${origin}/overview`);
    const nav = page.getByRole("navigation", { name: "Privacy center" });
    await nav.getByRole("link", { name: "Requests" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Requests");
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    await stop(server);
    // A page not loaded yet: its code and data cannot come. The shell stays, the page says why and keeps trying.
    await nav.getByRole("link", { name: "Your data" }).click();
    await expect(page.getByText("This page could not be loaded: the server did not answer.")).toBeVisible();
    await expect(banner(page)).toBeVisible({ timeout: 30_000 });
    await expect(nav).toBeVisible();
    await expectAccessible();
    await page.getByRole("main").getByRole("button", { name: "Try again" }).click();
    await expect(page.getByText("Still no answer from the server.")).toBeVisible();

    // Another language needs its catalog from the server: the page stays readable and says why it did not switch.
    await page.getByLabel("Language").selectOption("pt-BR");
    await expect(page.getByText("That language could not be loaded")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    // A page loaded before: still there to read, under the banner.
    await nav.getByRole("link", { name: "Requests" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Requests");
    await expect(page.getByRole("main").getByRole("listitem").first()).toBeVisible();
    await expect(banner(page)).toBeVisible();
    await nav.getByRole("link", { name: "Your data" }).click();
    await expect(page.getByText("This page could not be loaded: the server did not answer.")).toBeVisible();

    server = await ownServer(port, dataDir);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data", { timeout: 30_000 });
    await expect(banner(page)).toBeHidden({ timeout: 30_000 });
    expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
    await expectAccessible();
    await page.getByLabel("Language").selectOption("pt-BR");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seus dados");
  } finally {
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`a first load on a slow network shows the brand and a skeleton, never a white page (${colorScheme})`, async ({
    page,
    expectAccessible,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 1500,
      downloadThroughput: 40 * 1024,
      uploadThroughput: 20 * 1024,
    });
    // A page that needs a session starts from the skeleton: the grey shape of a page and a status for screen
    // readers until the code has arrived and found there is none (first, while no script is in the cache).
    await page.goto("/overview", { waitUntil: "commit" });
    await expect(page.locator("img[src='/logo.svg']").first()).toBeVisible();
    await expect(page.locator("[data-boot-skeleton], [data-skeleton]").first()).toBeVisible();
    await expect(page.getByRole("status").first()).toHaveText(/Loading|Carregando/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(0);
    await expectAccessible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to your privacy center", {
      timeout: 90_000,
    });
    // Both builds render the sign-in page ahead (the server per visitor, decision 0058; the demo when it is built,
    // 0069): the HTML is the page, before any script.
    await page.goto("/sign-in", { waitUntil: "commit" });
    await expect(page.locator("img[src='/logo.svg']").first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to your privacy center");
    await expect(page.getByLabel("Email address")).toBeVisible();
    await expectAccessible();
  });
}
