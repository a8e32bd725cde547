import { accessibleBrand } from "./accessible-brand.ts";
import { readableOn } from "./contrast.ts";
import type { OperatorConfig } from "../api/contract/operator-config.ts";

/** Sets the brand colours Tailwind's `brand` utilities read, replaced by readable ones where the operator's fail. */
export function applyBrand(config: OperatorConfig, root: HTMLElement = document.documentElement): void {
  const { brand, warnings } = accessibleBrand(config.brand);
  root.style.setProperty("--brand-primary", brand.primary);
  root.style.setProperty("--brand-on-primary", brand.onPrimary);
  // Dark pages (zinc-900 cards): the brand's hue, lightened until focus rings, underlines and switches show.
  root.style.setProperty("--brand-accent-dark", readableOn(brand.primary, "#18181b"));
  for (const warning of warnings) console.warn(`privacy-center.config.json: ${warning}`);
}
