import type { Page } from "@playwright/test";

/** On a phone the shell's sections, language and sign-out sit behind its Menu button: open it when it is there. */
export async function openPhoneMenu(page: Page): Promise<void> {
  const menu = page.locator("header").getByRole("button", { name: /^(Menu|Menü|選單|⟦Menu⟧)$/ });
  if (await menu.isVisible()) await menu.click();
}
