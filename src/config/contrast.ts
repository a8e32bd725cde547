function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio between two #rrggbb colours, from 1 to 21. */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [luminance(foreground), luminance(background)].toSorted((a, b) => b - a) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

/** WCAG 1.4.3 for text; 1.4.11 for focus rings, borders and other non-text indicators. */
export const minimumTextContrast = 4.5;

/** Non-text contrast (WCAG 1.4.11): focus rings, borders, underlines, icons that carry meaning. */
export const minimumNonTextContrast = 3;

const channel = (value: string, start: number) => parseInt(value.slice(start, start + 2), 16);

function mix(hex: string, toward: string, amount: number): string {
  return `#${[1, 3, 5]
    .map((start) => Math.round(channel(hex, start) + (channel(toward, start) - channel(hex, start)) * amount))
    .map((value) => value.toString(16).padStart(2, "0"))
    .join("")}`;
}

/**
 * The brand colour, lightened toward white (or darkened toward black) in small steps until it reaches `minimum`
 * against `background`: the operator's hue on a dark page where their own shade would vanish.
 */
export function readableOn(brand: string, background: string, minimum = minimumNonTextContrast): string {
  const toward = contrastRatio("#ffffff", background) >= contrastRatio("#000000", background) ? "#ffffff" : "#000000";
  for (let step = 0; step <= 20; step += 1) {
    const candidate = mix(brand, toward, step / 20);
    if (contrastRatio(candidate, background) >= minimum) return candidate;
  }
  return toward;
}
