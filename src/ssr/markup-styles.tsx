import { renderToStaticMarkup } from "react-dom/server";
import { Switch } from "../ui/switch.tsx";

const styleAttribute = /\sstyle="([^"]*)"/g;

/**
 * The style attributes the UI kit writes into markup (Base UI's hidden form input beside each switch). A strict
 * style-src (no 'unsafe-inline') keeps the browser from applying a style attribute it parsed from HTML (and it
 * logs each one it blocked), while hydration never sets one again. So the server's HTML names each by number
 * instead, and the server's stylesheet holds its declarations: the page looks exactly like the app's, before and
 * after hydration, with nothing for CSP to block.
 */
const markupStyles: readonly string[] = [
  ...new Set(
    [
      ...renderToStaticMarkup(
        <Switch checked={false} onCheckedChange={() => undefined} label="" stateText={{ on: "", off: "" }} />,
      ).matchAll(styleAttribute),
    ].map((match) => match[1]!),
  ),
].filter((style) => !/[&"<>\\{}]/.test(style));

/** The server HTML with its style attributes named by number; null if one is not in the stylesheet. */
export function withoutStyleAttributes(html: string): string | null {
  let unknown = false;
  const named = html.replace(styleAttribute, (_attribute, style: string) => {
    const index = markupStyles.indexOf(style);
    if (index === -1) unknown = true;
    return ` data-markup-style="${index}"`;
  });
  return unknown ? null : named;
}

/** The rules for the server's stylesheet. */
export const markupStyleSheet = (): string =>
  markupStyles.map((style, index) => `[data-markup-style="${index}"]{${style}}`).join("");
