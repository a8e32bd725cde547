import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { openPhoneMenu } from "./phone-menu.ts";

const minutes = (count: number) => count * 60_000;
const warning = (page: Page) => page.getByRole("alertdialog", { name: "Are you still there?" });

const looks = [
  { width: 320, colorScheme: "light" },
  { width: 390, colorScheme: "dark" },
  { width: 1280, colorScheme: "light" },
] as const;

/**
 * A customer whose session has two minutes of idle time left: the browser's clock, which is the in-browser
 * server's clock too, moves on 28 minutes after signing in. (This spec runs on the demo build only: the real
 * server keeps real time, and the first read of an aged session refreshes it, as it should. The server's half,
 * the expiry read that is not activity and the read that refreshes, is in server/contract/sessions.test.ts on
 * SQLite and PostgreSQL.)
 */
const nearlyIdle = { ageMinutes: 28 };

/** Five minutes on, past the old end, the person still moves between sections and no warning comes. */
async function expectStillSignedIn(page: Page) {
  await page.clock.fastForward(minutes(5));
  await openPhoneMenu(page);
  await page.getByRole("link", { name: "Requests" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Requests");
  await expect(warning(page)).toHaveCount(0);
}

for (const { width, colorScheme } of looks)
  test(`two minutes before an idle session ends a dialog says so; Stay signed in keeps it (${width} px, ${colorScheme})`, async ({
    page,
    customerLike,
    signInAs,
    expectAccessible,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.emulateMedia({ colorScheme });
    await signInAs(await customerLike("ca.customer@example.com"), nearlyIdle);

    const dialog = warning(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(/you will be signed out at .+ unless you choose to stay/);
    await expect(dialog).toContainText(/Time left: [0-2]:\d\d/);
    const stay = dialog.getByRole("button", { name: "Stay signed in" });
    await expect(stay).toBeFocused();
    await expectAccessible();
    // Modal: Tab goes round the dialog's two actions and never behind it.
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("button", { name: "Sign out" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(stay).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(dialog).toHaveCount(0);

    await expectStillSignedIn(page);
  });

test("the warning's Sign out signs out", async ({ page, customerLike, signInAs }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(await customerLike("ca.customer@example.com"), nearlyIdle);
  await warning(page).getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText("You are signed out.")).toBeVisible();
});

test("Escape answers the warning as staying: whoever pressed it is there", async ({ page, customerLike, signInAs }) => {
  await signInAs(await customerLike("ca.customer@example.com"), nearlyIdle);
  await expect(warning(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(warning(page)).toHaveCount(0);
  await expectStillSignedIn(page);
});

test("an idle session that runs out lands on the ended-session page, with the way back", async ({
  page,
  customerLike,
  signInAs,
  expectAccessible,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.emulateMedia({ colorScheme: "dark" });
  await signInAs(await customerLike("ca.customer@example.com"), nearlyIdle);
  await expect(warning(page)).toBeVisible();
  await page.clock.fastForward(minutes(2) + 1_000);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Foverview$/);
  await expect(page.getByRole("status").or(page.getByRole("alert")).first()).toContainText(
    "Your session ended; sign in again to continue.",
  );
  await expectAccessible();
});

/** A staff member signed in to the support console 28 minutes ago, on the in-browser server's clock. */
async function staffNearlyIdle(page: Page, magicLinkFor: (email: string) => Promise<string>) {
  await page.clock.install();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("support.agent@example.com");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.goto(await magicLinkFor("support.agent@example.com"));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/support$/);
  await page.clock.fastForward(minutes(28));
}

test("at the support console, staff are warned two minutes before their idle session ends and can stay", async ({
  page,
  magicLinkFor,
  expectAccessible,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await staffNearlyIdle(page, magicLinkFor);
  const dialog = warning(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Stay signed in" })).toBeFocused();
  await expectAccessible();
  await page.keyboard.press("Enter");
  await expect(dialog).toHaveCount(0);
  // Past the old end, still at the console.
  await page.clock.fastForward(minutes(5));
  await page.getByLabel("Customer's email or phone number").fill("ca.customer@example.com");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("button", { name: "Open Jordan Rivera" })).toBeVisible();
  await expect(dialog).toHaveCount(0);
});

test("a staff session that idles out at the console lands on the ended-session page, with the way back", async ({
  page,
  magicLinkFor,
}) => {
  await staffNearlyIdle(page, magicLinkFor);
  await expect(warning(page)).toBeVisible();
  await page.clock.fastForward(minutes(2) + 1_000);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsupport$/);
  await expect(page.getByRole("status").or(page.getByRole("alert")).first()).toContainText(
    "Your session ended; sign in again to continue.",
  );
});
