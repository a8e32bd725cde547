import type { Locale, LocalizedText } from "../../src/api/contract/common.ts";
import type { FooterTarget } from "../../src/api/contract/footer-links.ts";
import type { OperatorConfig } from "../../src/api/contract/operator-config.ts";
import { oneClickBody } from "../../src/api/contract/footer-links.ts";
import { emailTexts } from "../../src/api/email/email-i18n.ts";

/** Served beside the page: the CSP allows no inline style, and the page must read well on a phone. */
export const unsubscribePageCssPath = "/u-page.css";
/** The operator's brand colours on the one button (hex colours, validated by the config schema). */
export function unsubscribePageCss(brand: OperatorConfig["brand"]): string {
  return `
body{margin:0;font:1.0625rem/1.5 system-ui,sans-serif;color:#18181b;background:#fafafa}
main{max-width:32rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 1rem}
p{margin:0 0 1rem}
.brand{font-weight:600;color:#3f3f46;margin-bottom:1.5rem}
button{font:inherit;font-weight:600;width:100%;min-height:3rem;padding:.75rem 1rem;border:0;border-radius:.5rem;background:${brand.primary};color:${brand.onPrimary};cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
a{color:#1d4ed8}
@media (prefers-color-scheme:dark){body{background:#18181b;color:#f4f4f5}.brand{color:#d4d4d8}a{color:#93c5fd}}
`;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char,
  );

function textIn(text: LocalizedText | undefined, locale: Locale, config: OperatorConfig): string {
  if (!text) return "";
  return text[locale] ?? text[config.locales.default] ?? Object.values(text)[0] ?? "";
}

/** The subject's language when the operator offers it, else the operator's default. */
export function pageLocale(locale: Locale | undefined, config: OperatorConfig): Locale {
  return locale && config.locales.enabled.includes(locale) ? locale : config.locales.default;
}

function question(target: FooterTarget, locale: Locale, config: OperatorConfig): string {
  const t = emailTexts(locale);
  const company = config.company.name;
  const topic = textIn(config.topics.find((candidate) => candidate.id === target.topicId)?.label, locale, config);
  const channel = textIn(config.channels.find((candidate) => candidate.id === target.channelId)?.label, locale, config);
  if (target.topicId && target.channelId) return t("unsubscribe.ask.topicChannel", { topic, channel });
  if (target.topicId) return t("unsubscribe.ask.topic", { topic });
  if (target.channelId) return t("unsubscribe.ask.channel", { channel });
  return t("unsubscribe.ask.all", { company });
}

function page(locale: Locale, config: OperatorConfig, body: string): string {
  const t = emailTexts(locale);
  const company = escapeHtml(config.company.name);
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t("unsubscribe.title", { company: config.company.name }))}</title>
<link rel="stylesheet" href="${unsubscribePageCssPath}">
</head>
<body>
<main>
<p class="brand">${company}</p>
${body}
</main>
</body>
</html>
`;
}

export interface UnsubscribePageInput {
  config: OperatorConfig;
  locale: Locale;
  target: FooterTarget;
  /** Where the form posts and the preferences link points, both relative to this page's origin. */
  token: string;
}

/**
 * What GET /u/{token} shows: the question and one button, a plain form POST of the RFC 8058 body, so it works
 * with JavaScript off (some mail apps' browsers) and does nothing until pressed.
 */
export function renderUnsubscribeQuestion({ config, locale, target, token }: UnsubscribePageInput): string {
  const t = emailTexts(locale);
  return page(
    locale,
    config,
    `<h1>${escapeHtml(question(target, locale, config))}</h1>
<p>${escapeHtml(t("unsubscribe.explain"))}</p>
<form method="post" action="/u/${encodeURIComponent(token)}">
<input type="hidden" name="${oneClickBody.name}" value="${oneClickBody.value}">
<button type="submit">${escapeHtml(t("unsubscribe.button"))}</button>
</form>
<p><a href="/p/${encodeURIComponent(token)}">${escapeHtml(t("unsubscribe.manage"))}</a></p>`,
  );
}

/** What a browser sees after pressing the button (a mail app's one-click POST gets an empty 200 instead). */
export function renderUnsubscribed({ config, locale, token }: Omit<UnsubscribePageInput, "target">): string {
  const t = emailTexts(locale);
  return page(
    locale,
    config,
    `<h1>${escapeHtml(t("unsubscribe.doneTitle"))}</h1>
<p role="status">${escapeHtml(t("unsubscribe.doneBody", { company: config.company.name }))}</p>
<p><a href="/p/${encodeURIComponent(token)}">${escapeHtml(t("unsubscribe.manage"))}</a></p>`,
  );
}

export function renderLinkInvalid(config: OperatorConfig, locale: Locale): string {
  const t = emailTexts(locale);
  return page(
    locale,
    config,
    `<h1>${escapeHtml(t("unsubscribe.invalidTitle"))}</h1>
<p>${escapeHtml(t("unsubscribe.invalidBody"))}</p>
<p><a href="/sign-in">${escapeHtml(t("unsubscribe.manage"))}</a></p>`,
  );
}
