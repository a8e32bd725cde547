// The helpers below run inside the page, where nothing outside page.evaluate's function exists.
/* oxlint-disable unicorn/consistent-function-scoping */
import type { Page } from "@playwright/test";

/**
 * Texts on the page, as a person (or their screen reader) meets them, that did not come through a catalog or the
 * operator config under the pseudo-locale: what is left of each text once every ⟦…⟧ is removed must be only
 * punctuation, symbols, digits or spaces. Data is exempt where the markup says so: `translate="no"` (names,
 * values, the emails' own words), <time> (Intl-formatted dates) and <code>.
 */
export function untranslatedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const leftover = (text: string) => {
      let rest = text;
      for (let previous = ""; previous !== rest;) {
        previous = rest;
        rest = rest.replace(/⟦[^⟦⟧]*⟧/g, "");
      }
      return /^[\s\p{P}\p{S}\p{N}]*$/u.test(rest) ? null : text.trim();
    };
    const exempt = (element: Element | null) =>
      !element || Boolean(element.closest('[translate="no"], time, code, script, style, noscript, template'));
    const shown = (element: Element) => element.checkVisibility({ contentVisibilityAuto: true });
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (exempt(parent) || !shown(parent!)) continue;
      const problem = leftover(node.textContent ?? "");
      if (problem) found.push(problem);
    }
    for (const element of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
      if (exempt(element)) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt"]) {
        const value = element.getAttribute(name);
        const problem = value ? leftover(value) : null;
        if (problem) found.push(`${name}="${problem}"`);
      }
    }
    const title = leftover(document.title);
    if (title) found.push(`<title>${title}`);
    return found;
  });
}
