import { AxeBuilder } from "@axe-core/playwright";
import { test as base, expect, type Page, type TestInfo } from "@playwright/test";
import { devSubjectSchema } from "../src/api/contract/dev.ts";
import { outboxSchema } from "../src/api/contract/session.ts";

interface Fixtures {
  /** Asserts the page as it is now has no WCAG 2.2 A/AA violations. */
  expectAccessible: () => Promise<void>;
  /** The newest sign-in link emailed to an address, read from the outbox the way a person would find it. */
  magicLinkFor: (email: string) => Promise<string>;
  /** Signs in through the real flow: form, outbox, confirm button. */
  signIn: (email: string) => Promise<void>;
  /**
   * A customer this test alone uses, copied from a demo customer: on the real stack a fresh subject (no test sees
   * another's writes); in the in-browser demo every test's browser has its own storage, so the demo customer is.
   */
  customerLike: (template: string) => Promise<string>;
  /**
   * Signs in as that customer without the email round trip (the magic-link journey has tests of its own).
   * `ageMinutes` makes the session that old (for step-up): the server's dev control on the real stack, the
   * browser's clock moved on in the in-browser demo.
   */
  signInAs: (email: string, options?: { ageMinutes?: number }) => Promise<void>;
}

const isReal = (testInfo: TestInfo) => testInfo.project.name === "real";

async function linkFromServerOutbox(page: Page, email: string): Promise<string | undefined> {
  const response = await page.request.get("/api/dev/outbox");
  const { messages } = outboxSchema.parse(await response.json());
  return messages.find((message) => message.to === email)?.link ?? undefined;
}

async function linkFromDemoInbox(page: Page): Promise<string | undefined> {
  // By its address, so the demo inbox is read the same in every language.
  const link = page.locator('a[href*="/auth/confirm#token="]').first();
  await link.waitFor();
  return (await link.getAttribute("href")) ?? undefined;
}

/** The test controls are writes like any other: same origin, the app's CSRF header. */
async function devPost(page: Page, testInfo: TestInfo, path: string, data: unknown) {
  const origin = String(testInfo.project.use.baseURL);
  const response = await page.request.post(path, { data, headers: { Origin: origin, "X-Candor-CSRF": "1" } });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
  return response.json() as Promise<unknown>;
}

/**
 * Waits, after a page load, until the server's HTML has become the app (hydrated, or replaced): a test then acts
 * on the app as a person does once it is there. What happens before it is the prerender spec's to check, and it
 * loads pages with `waitUntil: "commit"`, which is left alone.
 */
async function untilTheAppRuns(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector("#root[data-prerendered]") ||
      (window as { candorHydrated?: boolean }).candorHydrated === true,
  );
}

export const test = base.extend<Fixtures>({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (options?.waitUntil !== "commit") await untilTheAppRuns(page);
      return response;
    };
    page.reload = async (options) => {
      const response = await reload(options);
      if (options?.waitUntil !== "commit") await untilTheAppRuns(page);
      return response;
    };
    await use(page);
  },
  expectAccessible: async ({ page }, use) => {
    await use(async () => {
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  },
  magicLinkFor: async ({ page }, use, testInfo) => {
    await use(async (email) => {
      let link: string | undefined;
      await expect
        .poll(async () => {
          link = isReal(testInfo) ? await linkFromServerOutbox(page, email) : await linkFromDemoInbox(page);
          return link;
        })
        .toBeTruthy();
      return link as string;
    });
  },
  signIn: async ({ page, magicLinkFor }, use) => {
    await use(async (email) => {
      // On the shared real server a test elsewhere may ask for a link to the same address meanwhile, and only the
      // newest link works; a person would then ask again, and so does this, a few times at most.
      for (let attempt = 1; ; attempt++) {
        await page.goto("/sign-in");
        await page.getByLabel(/email/i).fill(email);
        await page.getByRole("button", { name: /sign-in link/i }).click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(/check your inbox/i);
        await page.goto(await magicLinkFor(email));
        await page.getByRole("button", { name: /^⟦?(sign in|entrar)⟧?$/i }).click();
        const replaced = page.locator('a[href="/sign-in"]');
        // The signed-in shell (its sections may sit behind the phone menu), or the page offering a new link.
        await expect(page.locator("[data-app-shell]").or(replaced).first()).toBeVisible();
        if (attempt >= 3 || !(await replaced.isVisible())) break;
      }
      await expect(page).toHaveURL(/\/overview$/);
    });
  },
  customerLike: async ({ page }, use, testInfo) => {
    await use(async (template) => {
      if (!isReal(testInfo)) return template;
      return devSubjectSchema.parse(await devPost(page, testInfo, "/api/dev/subjects", { template })).email;
    });
  },
  signInAs: async ({ page, signIn }, use, testInfo) => {
    await use(async (email, { ageMinutes = 0 } = {}) => {
      if (!isReal(testInfo)) {
        if (ageMinutes > 0) await page.clock.install();
        await signIn(email);
        if (ageMinutes > 0) await page.clock.fastForward(ageMinutes * 60_000);
        return;
      }
      await devPost(page, testInfo, "/api/dev/sessions", { email, ageMinutes });
      await page.goto("/overview");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  },
});

export { expect };
