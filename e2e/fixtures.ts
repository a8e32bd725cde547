import { AxeBuilder } from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { outboxSchema } from "../src/api/contract/session.ts";

interface Fixtures {
  /** Asserts the page as it is now has no WCAG 2.2 A/AA violations. */
  expectAccessible: () => Promise<void>;
  /** The newest sign-in link emailed to an address, read from the outbox the way a person would find it. */
  magicLinkFor: (email: string) => Promise<string>;
  /** Signs in through the real flow: form, outbox, confirm button. */
  signIn: (email: string) => Promise<void>;
}

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

export const test = base.extend<Fixtures>({
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
          link =
            testInfo.project.name === "real" ? await linkFromServerOutbox(page, email) : await linkFromDemoInbox(page);
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
        await expect(page.getByRole("navigation").or(replaced).first()).toBeVisible();
        if (attempt >= 3 || !(await replaced.isVisible())) break;
      }
      await expect(page).toHaveURL(/\/overview$/);
    });
  },
});

export { expect };
