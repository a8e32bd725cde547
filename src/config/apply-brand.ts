import { contrastRatio, minimumTextContrast, readableOn } from "./contrast.ts";
import type { OperatorConfig } from "../api/contract/operator-config.ts";

/** Sets the brand colours Tailwind's `brand` utilities read; warns the operator when text on them would be hard to read. */
export function applyBrand(config: OperatorConfig, root: HTMLElement = document.documentElement): void {
  root.style.setProperty("--brand-primary", config.brand.primary);
  root.style.setProperty("--brand-on-primary", config.brand.onPrimary);
  // Dark pages (zinc-900 cards): the brand's hue, lightened until focus rings, underlines and switches show.
  root.style.setProperty("--brand-accent-dark", readableOn(config.brand.primary, "#18181b"));
  const ratio = contrastRatio(config.brand.onPrimary, config.brand.primary);
  if (ratio < minimumTextContrast)
    console.warn(
      `privacy-center.config.json: brand.onPrimary on brand.primary has a contrast of ${ratio.toFixed(2)}:1, under WCAG AA's ${minimumTextContrast}:1.`,
    );
}
