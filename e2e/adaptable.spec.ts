import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { openPhoneMenu } from "./phone-menu.ts";

/** Controls smaller than 24 × 24 CSS px (WCAG 2.5.8); links inside a sentence are the criterion's own exception. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("a[href], button, select, input, [role=button], [tabindex='0']")]
      .filter((element) => element.checkVisibility() && !element.closest("p"))
      .filter((element) => !element.matches(".sr-only"))
      // A headless switch's own hidden input: never a target, the switch beside it is.
      .filter((element) => !element.closest("[aria-hidden='true']"))
      .flatMap((element) => {
        const box = element.getBoundingClientRect();
        return box.width < 24 || box.height < 24
          ? [`${element.tagName} "${element.textContent?.trim()}" ${Math.round(box.width)}×${Math.round(box.height)}`]
          : [];
      }),
  );
}

/** The WCAG 1.4.12 bookmarklet's overrides. */
const textSpacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** Text cut off: sideways scroll of the page, or a box that hides what no longer fits in it. */
function lostContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lost: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) lost.push("page scrolls sideways");
    for (const element of document.body.querySelectorAll("*")) {
      if (!element.checkVisibility() || element.matches(".sr-only") || !element.textContent?.trim()) continue;
      const style = getComputedStyle(element);
      const clips = [style.overflowX, style.overflowY].some((value) => value === "hidden" || value === "clip");
      if (clips && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1))
        lost.push(`${element.tagName} "${element.textContent.trim().slice(0, 40)}" is cut off`);
      const box = element.getBoundingClientRect();
      if (box.right > window.innerWidth + 1)
        lost.push(`${element.tagName} "${element.textContent.trim().slice(0, 40)}" sticks out`);
    }
    return lost;
  });
}

const settled = async (page: Page) => {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("main output:not([data-save-status])")).toHaveCount(0);
};

test.describe("at 320 px", () => {
  // The text-spacing overrides stand in for a user stylesheet or extension, which the page's CSP does not govern.
  test.use({ viewport: { width: 320, height: 640 }, bypassCSP: true });

  test("every control on the public pages is at least 24 × 24 px", async ({ page }) => {
    await page.goto("/sign-in");
    await settled(page);
    expect(await smallTargets(page)).toEqual([]);
    await page.goto("/no-such-page");
    await settled(page);
    expect(await smallTargets(page)).toEqual([]);
  });

  test("every control in the signed-in shell is at least 24 × 24 px", async ({ page, customerLike, signInAs }) => {
    await signInAs(await customerLike("pl.customer@example.com"));
    for (const path of ["/overview", "/consents"]) {
      await page.goto(path);
      await settled(page);
      expect(await smallTargets(page), path).toEqual([]);
    }
  });

  test("text spacing overrides lose nothing on the public pages", async ({ page }) => {
    await page.goto("/sign-in");
    await page.addStyleTag({ content: textSpacing });
    await settled(page);
    expect(await lostContent(page)).toEqual([]);
  });

  for (const paths of [
    ["/overview", "/preferences", "/consents"],
    ["/data", "/requests", "/history"],
  ])
    test(`text spacing overrides lose nothing on ${paths.join(", ")}`, async ({ page, customerLike, signInAs }) => {
      await signInAs(await customerLike("it.customer@example.com"));
      for (const path of paths) {
        await page.goto(path);
        await page.addStyleTag({ content: textSpacing });
        await settled(page);
        expect(await lostContent(page), path).toEqual([]);
      }
    });
});

test.describe("at 400 % zoom (1280 × 1024 seen as 320 × 256 CSS px)", () => {
  test.use({ viewport: { width: 320, height: 256 } });

  test("pages reflow into one column and every header control stays reachable", async ({
    page,
    customerLike,
    signInAs,
  }) => {
    await signInAs(await customerLike("br.customer@example.com"));
    for (const path of ["/overview", "/data", "/history"]) {
      await page.goto(path);
      await settled(page);
      expect(await lostContent(page), path).toEqual([]);
    }
    await openPhoneMenu(page);
    const signOut = page.getByRole("button", { name: "Sair" });
    await signOut.scrollIntoViewIfNeeded();
    await expect(signOut).toBeInViewport();
    await expect(page.getByLabel("Idioma").filter({ visible: true })).toBeVisible();
  });
});

test("motion stops for people who ask their system for less", async ({ page }) => {
  await page.goto("/sign-in");
  await settled(page);
  const transition = () =>
    page.evaluate(() => {
      const probe = document.createElement("div");
      probe.style.transition = "opacity 1s";
      probe.style.animation = "none 2s infinite";
      document.body.append(probe);
      const style = getComputedStyle(probe);
      const result = {
        transition: parseFloat(style.transitionDuration),
        animation: parseFloat(style.animationDuration),
      };
      probe.remove();
      return result;
    });
  expect(await transition()).toEqual({ transition: 1, animation: 2 });
  await page.emulateMedia({ reducedMotion: "reduce" });
  const reduced = await transition();
  expect(reduced.transition).toBeLessThan(0.01);
  expect(reduced.animation).toBeLessThan(0.01);
});

test("keyboard focus is always visible, in light and dark", async ({ page }) => {
  const focusRing = () =>
    page.evaluate(() => {
      const element = document.activeElement!;
      const style = getComputedStyle(element);
      return { tag: element.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/sign-in");
    await settled(page);
    for (let stop = 0; stop < 6; stop++) {
      await page.keyboard.press("Tab");
      const ring = await focusRing();
      expect(ring.style, `${colorScheme} stop ${stop} ${ring.tag}`).not.toBe("none");
      expect(ring.width, `${colorScheme} stop ${stop} ${ring.tag}`).toBeGreaterThanOrEqual(2);
    }
  }
});

test("each page's title names it, in the reader's language", async ({ page, customerLike, signInAs }) => {
  await page.goto("/sign-in");
  await expect(page).toHaveTitle("Sign in to your privacy center");
  await signInAs(await customerLike("it.customer@example.com"));
  await page.goto("/consents");
  await expect(page).toHaveTitle("Consensi");
  await page.goto("/history");
  await expect(page).toHaveTitle("Cronologia");
});

test("the sign-in field asks the browser to fill in the email", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByLabel("Email address")).toHaveAttribute("autocomplete", "email");
});
