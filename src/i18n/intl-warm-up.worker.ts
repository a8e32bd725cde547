/**
 * Builds a date and a number formatter for the locale it is sent, then answers with that locale. What it warms
 * is ICU's, which every thread of the page's process shares: the page's own first formatter is then cheap
 * (src/i18n/intl-warm-up.ts, decision 0079).
 */
addEventListener("message", (event: MessageEvent<string>) => {
  const locale = event.data;
  new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(0);
  new Intl.NumberFormat(locale).format(0);
  postMessage(locale);
});
