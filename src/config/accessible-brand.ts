import { contrastRatio, minimumNonTextContrast, minimumTextContrast, readableOn } from "./contrast.ts";

export interface Brand {
  primary: string;
  onPrimary: string;
}

export interface BrandCheck {
  /** The colours the app uses: the operator's where they pass, a readable substitute where they do not. */
  brand: Brand;
  /** What was wrong and what replaced it, for the operator (console), never for the customer. */
  warnings: string[];
}

const lightPage = "#ffffff";

/**
 * The brand colour outlines focus and marks the current page on a white page (needs 3:1) and carries button text
 * (needs 4.5:1). A colour too pale is darkened in its own hue until it passes; text that is unreadable on it
 * becomes white or black, whichever reads better (one of them always reaches 4.5:1).
 */
export function accessibleBrand(brand: Brand): BrandCheck {
  const warnings: string[] = [];
  let primary = brand.primary.toLowerCase();
  const pageRatio = contrastRatio(primary, lightPage);
  if (pageRatio < minimumNonTextContrast) {
    primary = readableOn(primary, lightPage);
    warnings.push(
      `brand.primary ${brand.primary} has a contrast of ${pageRatio.toFixed(2)}:1 on a white page, under WCAG's ${minimumNonTextContrast}:1 for focus and state indicators; using ${primary} instead.`,
    );
  }
  let onPrimary = brand.onPrimary.toLowerCase();
  const textRatio = contrastRatio(onPrimary, primary);
  if (textRatio < minimumTextContrast) {
    onPrimary = contrastRatio("#ffffff", primary) >= contrastRatio("#000000", primary) ? "#ffffff" : "#000000";
    warnings.push(
      `brand.onPrimary ${brand.onPrimary} on ${primary} has a contrast of ${textRatio.toFixed(2)}:1, under WCAG AA's ${minimumTextContrast}:1 for text; using ${onPrimary} instead.`,
    );
  }
  return { brand: { primary, onPrimary }, warnings };
}
