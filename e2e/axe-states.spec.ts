import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { openPhoneMenu } from "./phone-menu.ts";

/**
 * axe and the keyboard on every state a page can be in, not only at rest: menus and dialogs open, banners up,
 * each form's errors, the footer-link and one-click pages, receipts, request details and dead ends, at 320, 390
 * and 1280 px in light and dark. Demo build only (decision 34): it checks rendering, which both builds share. One small test per group of states and look, each with its own sign-in.
 */
const looks = [320, 390, 1280].flatMap((width) =>
  (["light", "dark"] as const).map((colorScheme) => ({ width, colorScheme })),
);

/** What axe finds, named by the state it was found in and the elements it points at. */
async function axeProblems(page: Page, state: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map(
    (violation) => `${state}: ${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}

/**
 * Tabs through the page (or the open dialog, which keeps focus) and notes each stop that breaks WCAG 2.4.7
 * (no ring of at least 2 px), 2.4.11 (covered by something else, a sticky header or a banner) or 2.5.8 (smaller
 * than 24 × 24 px, except a link inside a sentence).
 */
async function keyboardProblems(page: Page, state: string, stops = 30): Promise<string[]> {
  const problems: string[] = [];
  await page.locator("body").evaluate((body) => {
    (document.activeElement as HTMLElement | null)?.blur();
    body.focus();
  });
  const seen = new Set<string>();
  for (let stop = 0; stop < stops; stop++) {
    await page.keyboard.press("Tab");
    // Base UI's dialogs keep focus with invisible guards that pass it on in the next frame: the stop is where
    // focus lands after that, and a guard that keeps it is a problem of its own.
    const passedOn = await page
      .waitForFunction(() => !document.activeElement?.hasAttribute("data-base-ui-focus-guard"), null, {
        timeout: 5_000,
      })
      .then(() => true)
      .catch(() => false);
    if (!passedOn) problems.push(`${state}: focus stays on an invisible focus guard`);
    const found = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const name = `${element.tagName.toLowerCase()} "${(element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 40)}"`;
      const issues: string[] = [];
      if (style.outlineStyle === "none" || parseFloat(style.outlineWidth) < 2) issues.push("no visible focus ring");
      const inSentence = element.tagName === "A" && element.closest("p, li > span, dd") !== null;
      if (!inSentence && !element.matches(".sr-only") && (box.width < 24 || box.height < 24))
        issues.push(`target ${Math.round(box.width)}×${Math.round(box.height)} px`);
      // The middle of its visible part must be itself (or inside it, or its own label), not something on top.
      const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      const label = element.closest("label");
      const covered = top && !(element.contains(top) || top.contains(element) || (label && label.contains(top)));
      if (!element.matches(".sr-only:not(:focus)") && covered)
        issues.push(`covered by ${top.tagName.toLowerCase()}.${String(top.className).slice(0, 40)}`);
      return { key: `${name}@${Math.round(box.left)},${Math.round(box.top + window.scrollY)}`, name, issues };
    });
    if (!found) continue;
    if (seen.has(found.key)) break;
    seen.add(found.key);
    for (const issue of found.issues) problems.push(`${state}: ${found.name}: ${issue}`);
  }
  // A state with nothing to Tab to would pass for the wrong reason.
  if (seen.size === 0) problems.push(`${state}: Tab reached nothing`);
  return problems;
}

/** Both checks on the state the page is in now; collected so one run names every problem. */
function checker(page: Page) {
  const problems: string[] = [];
  const check = async (state: string, { keyboard = true } = {}) => {
    problems.push(...(await axeProblems(page, state)));
    if (keyboard) problems.push(...(await keyboardProblems(page, state)));
  };
  return { check, problems };
}

const settled = (page: Page) => expect(page.locator("main output:not([data-save-status])")).toHaveCount(0);

for (const { width, colorScheme } of looks) {
  test.describe(`${width} px, ${colorScheme}`, () => {
    test.use({ colorScheme, viewport: { width, height: width < 768 ? 844 : 800 } });
    // Each state is scanned and tabbed through; on a busy shared machine that takes a while.
    test.slow();

    test("shell states: menu, paused and offline banners, pause and quiet-hours errors", async ({
      page,
      context,
      customerLike,
      signInAs,
    }) => {
      const { check, problems } = checker(page);
      await signInAs(await customerLike("ca.customer@example.com"));
      await settled(page);
      if (width < 768) {
        await openPhoneMenu(page);
        await expect(page.getByRole("dialog", { name: "Menu" })).toBeVisible();
        await check("phone menu open");
        await page.keyboard.press("Escape");
        await expect(page.getByRole("dialog", { name: "Menu" })).toHaveCount(0);
      }
      await page.goto("/preferences");
      await settled(page);
      await page.getByLabel("Pause for").selectOption("date");
      await page.getByRole("button", { name: "Pause", exact: true }).click();
      await expect(page.getByText("Choose a date after today.")).toBeVisible();
      await check("pause without a date");
      await page.getByLabel("Not before").fill("25:99");
      await page.getByRole("button", { name: "Save quiet hours" }).click();
      await expect(page.getByLabel("Not before")).toHaveAttribute("aria-invalid", "true");
      await check("quiet hours invalid");
      await page.getByLabel("Pause for").selectOption("month");
      await page.getByRole("button", { name: "Pause", exact: true }).click();
      await expect(page.getByText(/Your messages are paused until/).first()).toBeVisible();
      await page.goto("/overview");
      await expect(page.getByText(/Your messages are paused until/).first()).toBeVisible();
      await check("paused banner");
      await context.setOffline(true);
      await expect(page.getByText(/You are offline/)).toBeVisible();
      await check("offline banner");
      await context.setOffline(false);
      expect(problems).toEqual([]);
    });

    test("consent undo, its history and receipt", async ({ page, customerLike, signInAs }) => {
      const { check, problems } = checker(page);
      await signInAs(await customerLike("ca.customer@example.com"));
      await page.goto("/consents");
      await settled(page);
      const offers = page.getByRole("switch", { name: "Consent to Personalised offers" });
      await offers.click();
      await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();
      await check("consent withdrawn, undo offered");
      const card = page.getByRole("article", { name: "Personalised offers" });
      await card.getByText(/^History: \d+ changes$/).click();
      await check("consent history open");
      await card
        .getByRole("link", { name: /^Receipt: / })
        .first()
        .click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consent receipt");
      await check("receipt");
      expect(problems).toEqual([]);
    });

    test("request forms and their errors, deletion, request detail", async ({ page, customerLike, signInAs }) => {
      const { check, problems } = checker(page);
      await signInAs(await customerLike("ca.customer@example.com"), { ageMinutes: 11 });
      for (const type of ["access", "restriction", "objection"]) {
        await page.goto(`/requests/new?type=${type}`);
        const details = page.getByLabel("Anything you want to add (optional)");
        await details.fill("Please \u0007 hurry");
        await page.getByRole("button", { name: "Send the request" }).click();
        await expect(details).toHaveAttribute("aria-invalid", "true");
        await check(`${type} form error`);
      }

      await page.goto("/data");
      await page.getByRole("link", { name: "Correct Email address" }).click();
      const current = await page.locator("dt", { hasText: "It says now" }).locator("+ dd").textContent();
      await page.getByLabel("New Email address").fill(String(current));
      await page.getByRole("button", { name: "Ask for the correction" }).click();
      await expect(page.getByLabel("New Email address")).toHaveAttribute("aria-invalid", "true");
      await check("correction form error");

      await page.goto("/requests/new?type=deletion");
      await expect(page.getByRole("heading", { name: "Confirm it is you" })).toBeVisible();
      await check("deletion asks for a fresh sign-in");
      await page.getByRole("radio", { name: "Only what I choose" }).check();
      await check("deletion, choosing what");

      await page.goto("/requests/new?type=access");
      // The form kept the refused draft; a request with nothing added is filed.
      await page.getByLabel("Anything you want to add (optional)").fill("");
      await page.getByRole("button", { name: "Send the request" }).click();
      await expect(page).toHaveURL(/\/requests\/(?!new)[^/]+$/);
      await expect(page.getByRole("heading", { name: "What happened" })).toBeVisible();
      await check("request detail");
      await page.getByRole("button", { name: "Cancel this request" }).click();
      await expect(page.getByRole("button", { name: "Cancel this request" })).toHaveCount(0);
      await check("request cancelled");
      expect(problems).toEqual([]);
    });

    test("sign-in error, check inbox, one-click page, footer-link preferences", async ({ page, customerLike }) => {
      const { check, problems } = checker(page);
      await page.goto("/sign-in");
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
      await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
      await check("sign-in error");
      const email = await customerLike("ca.customer@example.com");
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
      const sample = page.getByRole("complementary", { name: /A newsletter from/ });
      await expect(sample).toBeVisible();
      const href = async (name: string) => (await sample.getByRole("link", { name }).getAttribute("href")) ?? "";
      const [preferencesUrl, unsubscribeUrl] = [await href("Manage your preferences"), await href("Unsubscribe")];
      await check("check inbox with the demo inbox");

      await page.goto(unsubscribeUrl);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await check("one-click page");
      await page.getByRole("button", { name: "Unsubscribe" }).click();
      await expect(page.getByText(/You are unsubscribed/).first()).toBeVisible();
      await check("one-click done");
      await page.goto(preferencesUrl);
      await expect(page.getByRole("region", { name: "From your email" })).toBeVisible();
      await check("footer-link preferences");
      expect(problems).toEqual([]);
    });

    // A section that failed to load is in e2e/axe.spec.ts and e2e/shell.spec.ts: on the demo build the failure
    // page reloads itself as soon as the page's server answers, so it is not a state that holds still here.
    test("every sign-in dead end", async ({ page }) => {
      const { check, problems } = checker(page);
      for (const [path, title] of [
        [`/auth/confirm#token=${"a".repeat(30)}`, "This link is incomplete"],
        ["/auth/confirm", "Open the link from your email"],
        ["/no-such-page", "Page not found"],
      ] as const) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
        await check(title);
      }
      await page.goto(`/auth/confirm#token=${"x".repeat(43)}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link no longer works");
      await check("spent link");

      expect(problems).toEqual([]);
    });

    test("support banner, read-only and acting with its reason refused", async ({
      page,
      customerLike,
      magicLinkFor,
    }) => {
      const { check, problems } = checker(page);
      const customer = await customerLike("ca.customer@example.com");
      await page.goto("/sign-in");
      await page.getByLabel(/email/i).fill("support.lead@example.com");
      await page.getByRole("button", { name: /sign-in link/i }).click();
      await page.goto(await magicLinkFor("support.lead@example.com"));
      await page.getByRole("button", { name: /^sign in$/i }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Find a customer" })).toBeVisible();
      await check("support console");
      await page.getByLabel("Customer's email or phone number").fill(customer);
      await page.getByRole("button", { name: "Search" }).click();
      await page.getByRole("button", { name: "Open Jordan Rivera" }).click();
      await page.getByLabel("Reason (the customer will see it)").fill("short");
      await page.getByRole("button", { name: /^Open to act/ }).click();
      await expect(page.getByText("Say a little more: at least 10 characters.")).toBeVisible();
      await check("open view, reason too short");
      await page.getByLabel("Reason (the customer will see it)").fill("Customer asked by phone to stop offers");
      await page.getByRole("button", { name: /^Open to act/ }).click();
      await expect(page).toHaveURL(/\/overview$/);
      await check("support banner, acting");
      await page.goto("/preferences");
      await settled(page);
      await page.getByRole("button", { name: "Stop all marketing" }).click();
      await expect(page.getByText(/A change was refused: give a reason/)).toBeVisible();
      await check("support banner, reason missing");
      expect(problems).toEqual([]);
    });
  });
}
