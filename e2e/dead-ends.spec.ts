import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

const looks = [
  { width: 320, colorScheme: "light" },
  { width: 390, colorScheme: "dark" },
  { width: 1280, colorScheme: "light" },
  { width: 320, colorScheme: "dark" },
  { width: 390, colorScheme: "light" },
  { width: 1280, colorScheme: "dark" },
] as const;

async function look(page: Page, index: number) {
  const { width, colorScheme } = looks[index % looks.length]!;
  await page.setViewportSize({ width, height: 844 });
  await page.emulateMedia({ colorScheme });
}

/** Ends the session the way an idle timeout would: the server forgets it, the page does not know yet. */
async function endSession(page: Page, testInfo: TestInfo) {
  if (testInfo.project.name === "real") await page.context().clearCookies();
  else await page.evaluate(() => sessionStorage.clear());
}

for (const [index, { width, colorScheme }] of looks.entries()) {
  test(`a cut or garbled link says so, not "check your connection" (${width} px, ${colorScheme})`, async ({
    page,
    expectAccessible,
  }) => {
    await look(page, index);
    await page.goto(index % 2 ? "/auth/confirm#token=garbage123" : `/auth/confirm#token=${"a".repeat(30)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is incomplete");
    await expect(page.getByText(/cut short or changed/)).toBeVisible();
    await expect(page.getByText(/connection/i)).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Sign in" })).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectAccessible();
    await page.getByRole("link", { name: "Get a new sign-in link" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
  });
}

test("a reload of the sign-in page (the link already left the address bar) says to open the email link", async ({
  page,
  expectAccessible,
}) => {
  await look(page, 1);
  await page.goto("/auth/confirm");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open the link from your email");
  await expectAccessible();
});

test("an expired or used link (the server cannot tell them apart to a stranger) offers a new one", async ({
  page,
  expectAccessible,
}) => {
  await look(page, 2);
  await page.goto(`/auth/confirm#token=${"x".repeat(43)}`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link no longer works");
  await expect(page.getByText(/has expired or has already been used/)).toBeVisible();
  await expectAccessible();
  await expect(page.getByRole("link", { name: "Get a new sign-in link" })).toBeVisible();
});

test("a used link: signed in it says so and offers the overview; signed out it says it no longer works", async ({
  page,
  browser,
  magicLinkFor,
  customerLike,
  expectAccessible,
}, testInfo) => {
  await look(page, 3);
  const email = await customerLike("br.customer@example.com");
  await page.goto("/sign-in");
  await page.getByLabel(/email/i).fill(email);
  await page.getByRole("button", { name: /sign-in link|link de acesso/i }).click();
  const link = await magicLinkFor(email);
  await page.goto(link);
  await page.getByRole("button", { name: /^(sign in|entrar)$/i }).click();
  await expect(page).toHaveURL(/\/overview$/);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/You are already signed in|Você já está conectado/);
  await expectAccessible();
  await page.getByRole("link", { name: /Go to your overview|Ir para a visão geral/ }).click();
  await expect(page).toHaveURL(/\/overview$/);

  // Somebody else's browser, or this one after signing out: the link was spent by the first press.
  if (testInfo.project.name === "real") {
    const stranger = await browser.newPage({ baseURL: String(testInfo.project.use.baseURL) });
    await stranger.goto(link);
    await stranger.getByRole("button", { name: "Sign in" }).click();
    await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("This link no longer works");
    await stranger.close();
  }
});

test("an ended session says so on sign-in and comes back to the page the person was on", async ({
  page,
  magicLinkFor,
  customerLike,
  signInAs,
  expectAccessible,
}, testInfo) => {
  await look(page, 5);
  const email = await customerLike("ca.customer@example.com");
  await signInAs(email);
  await page.getByRole("link", { name: "Requests" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Requests");
  await endSession(page, testInfo);

  // Your data: the one section the overview does not prefetch, so this is the first call the server refuses. (The
  // in-browser demo may notice the ended session sooner, while Requests is still open: then that is the way back.)
  await page
    .getByRole("link", { name: "Your data" })
    .click({ timeout: 5_000 })
    .catch(() => undefined);
  await expect(page).toHaveURL(/\/sign-in\?next=%2F(data|requests)$/);
  const wayBack = `/${/next=%2F(\w+)/.exec(page.url())?.[1]}`;
  await expect(page.getByRole("status").or(page.getByRole("alert")).first()).toContainText(
    "Your session ended; sign in again to continue.",
  );
  await expectAccessible();

  await page.getByLabel(/email/i).fill(email);
  await page.getByRole("button", { name: /sign-in link/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/check your inbox/i);
  await page.goto(await magicLinkFor(email));
  await page.getByRole("button", { name: /^(sign in|entrar)$/i }).click();
  await expect(page).toHaveURL(new RegExp(`${wayBack}$`));
});

test("a full load without a session goes to sign-in with the way back, without claiming a session ended", async ({
  page,
}) => {
  await look(page, 0);
  await page.goto("/data");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdata$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to your privacy center");
  await expect(page.getByText("Your session ended")).toHaveCount(0);
});

test("signing out says so", async ({ page, customerLike, signInAs }) => {
  await look(page, 2);
  await signInAs(await customerLike("ca.customer@example.com"));
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText("You are signed out.")).toBeVisible();
});
