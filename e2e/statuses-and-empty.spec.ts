import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

/** Issue 15: statuses told apart by word and icon, empty pages that offer the next step, at three widths, light and dark. */
const widths = [
  { name: "320", width: 320, height: 640 },
  { name: "390", width: 390, height: 844 },
  { name: "1280", width: 1280, height: 800 },
];

/** Every status badge on the page: its word, its icon's name, and whether the icon is hidden from screen readers. */
async function badges(page: Page) {
  return page.locator("main [data-status]").evaluateAll((elements) =>
    elements.map((element) => {
      const icon = element.querySelector("svg");
      return {
        status: element.getAttribute("data-status") ?? "",
        word: element.textContent?.trim() ?? "",
        icon: icon?.getAttribute("data-icon") ?? "",
        shape: icon?.innerHTML ?? "",
        hidden: icon?.getAttribute("aria-hidden") === "true",
        colour: getComputedStyle(element).color,
      };
    }),
  );
}

/** Two different statuses never share a word or an icon shape; each badge has both. */
function expectDistinguishable(found: Awaited<ReturnType<typeof badges>>, atLeast: number) {
  const byStatus = new Map(found.map((badge) => [badge.status, badge]));
  expect(byStatus.size).toBeGreaterThanOrEqual(atLeast);
  for (const badge of found) {
    expect(badge.word, badge.status).not.toBe("");
    expect(badge.shape, badge.status).not.toBe("");
    expect(badge.hidden, badge.status).toBe(true);
  }
  const distinct = [...byStatus.values()];
  expect(new Set(distinct.map((badge) => badge.word)).size).toBe(distinct.length);
  expect(new Set(distinct.map((badge) => badge.shape)).size).toBe(distinct.length);
}

async function expectNoSidewaysScroll(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, what).toBeLessThanOrEqual(0);
}

for (const colorScheme of ["light", "dark"] as const) {
  for (const viewport of widths) {
    test.describe(`${colorScheme}, ${viewport.name} px`, () => {
      test.use({ colorScheme, viewport: { width: viewport.width, height: viewport.height } });

      test("an empty Requests page offers “Make a request”, and it leads to the form", async ({
        page,
        customerLike,
        signInAs,
        expectAccessible,
      }) => {
        await signInAs(await customerLike("new.customer@example.com"));
        await page.goto("/requests");
        const empty = page.locator("[data-empty-state]");
        await expect(empty.getByRole("heading", { name: "You have not made any request yet" })).toBeVisible();
        await expectNoSidewaysScroll(page, "/requests");
        await expectAccessible();
        await empty.getByRole("link", { name: "Make a request" }).click();
        await expect(page).toHaveURL(/\/requests\/new$/);
        await expect(page.getByRole("heading", { name: "Ask for a copy of all my data" })).toBeVisible();
        await expect(page.getByRole("button", { name: "Send the request" })).toBeVisible();

        await page.goto("/data");
        await expect(page.getByRole("heading", { name: "We hold no data about you yet" })).toBeVisible();
        await expect(page.getByRole("link", { name: "Ask for a copy of your data" })).toHaveAttribute(
          "href",
          "/requests/new?type=access",
        );
        await expectNoSidewaysScroll(page, "/data");
        await expectAccessible();
      });

      test("statuses on consents and requests are told apart by word and icon", async ({
        page,
        customerLike,
        signInAs,
        expectAccessible,
      }) => {
        // The Californian customer has given, withdrawn (by GPC) and never-given purposes, and open, completed
        // and cancelled requests.
        await signInAs(await customerLike("ca.customer@example.com"));
        await page.goto("/consents");
        await expect(page.locator("main article").first()).toBeVisible();
        const consents = await badges(page);
        expectDistinguishable(consents, 2);
        expect(consents.map((badge) => badge.status)).toEqual(expect.arrayContaining(["granted", "withdrawn"]));
        await expectNoSidewaysScroll(page, "/consents");
        await expectAccessible();

        await page.goto("/requests");
        await expect(page.locator("[data-request-count]")).toBeVisible();
        const requests = await badges(page);
        expectDistinguishable(requests, 3);
        expect(requests.map((badge) => badge.status)).toEqual(
          expect.arrayContaining(["in_progress", "completed", "cancelled"]),
        );
        await expectNoSidewaysScroll(page, "/requests");
        await expectAccessible();

        // A filter that matches nothing says so and clears in one press.
        await page.goto("/requests?type=correction");
        await expect(page.getByRole("heading", { name: "No request matches these filters" })).toBeVisible();
        await page.getByRole("button", { name: "Clear filters" }).click();
        await expect(page).toHaveURL(/\/requests$/);
        await expect(page.locator("main [data-status]").first()).toBeVisible();
      });
    });
  }
}

test("a switch that is on and one that is off look different, not only in position", async ({
  page,
  customerLike,
  signInAs,
}) => {
  await signInAs(await customerLike("ca.customer@example.com"));
  await page.goto("/preferences");
  const on = page.locator('main [role="switch"][aria-checked="true"]').first();
  const off = page.locator('main [role="switch"][aria-checked="false"]').first();
  await expect(on).toBeVisible();
  await expect(off).toBeVisible();
  const look = (control: typeof on) =>
    control.evaluate((element) => {
      const word = element.parentElement?.querySelector("[data-state-text]");
      return {
        fill: getComputedStyle(element).backgroundColor,
        border: getComputedStyle(element).borderColor,
        weight: word ? getComputedStyle(word).fontWeight : "",
        word: word?.textContent ?? "",
      };
    });
  const [onLook, offLook] = [await look(on), await look(off)];
  expect(onLook.fill).not.toBe(offLook.fill);
  expect(onLook.border).not.toBe(offLook.border);
  expect(onLook.weight).not.toBe(offLook.weight);
  expect([onLook.word, offLook.word]).toEqual(["on", "off"]);
});
