const interactions = ["pointerdown", "keydown"] as const;

/**
 * Runs `run` once, on the person's first press of a key or pointer anywhere on the page: work the page needs soon
 * but not for its first paint (the contract's checks of what it started from, decision 0065) waits for it, so
 * it neither competes with loading nor is paid by a visit that never touches the page.
 */
export function onFirstInteraction(run: () => void): void {
  const once = () => {
    for (const type of interactions) window.removeEventListener(type, once, { capture: true });
    run();
  };
  for (const type of interactions) window.addEventListener(type, once, { capture: true, passive: true });
}
