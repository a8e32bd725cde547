import type { Page } from "@playwright/test";

type Kind = "error" | "warning";

/**
 * What the page logs of these kinds, collected from now on. With errors come uncaught exceptions, and the
 * Content-Security-Policy violations the browser reports as console errors: a clean page leaves the list empty.
 */
export function consoleMessages(page: Page, kinds: readonly Kind[]): string[] {
  const messages: string[] = [];
  page.on("console", (message) => {
    if ((kinds as readonly string[]).includes(message.type())) messages.push(message.text());
  });
  if (kinds.includes("error")) page.on("pageerror", (error) => messages.push(error.message));
  return messages;
}
