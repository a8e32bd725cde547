import type { Page } from "@playwright/test";

const inlineConfig = /(<script type="application\/json" id="candor-config">)([^<]*)/;

/**
 * Serves the page a different operator config: the demo build fetches the config file, the real server inlines
 * it into every HTML document (decision 0036), so both are rewritten.
 */
export async function withOperatorConfig(page: Page, change: (config: Record<string, unknown>) => unknown) {
  await page.route("**/privacy-center.config.json", async (route) => {
    const config = (await (await route.fetch()).json()) as Record<string, unknown>;
    await route.fulfill({ json: change(config) });
  });
  await page.route(
    (url) => !url.pathname.includes(".") && !url.pathname.startsWith("/api/"),
    async (route) => {
      if (route.request().resourceType() !== "document") return route.fallback();
      const response = await route.fetch();
      const html = (await response.text())
        .replace(inlineConfig, (_, tag: string, json: string) => {
          const config = JSON.parse(json.replaceAll("\\u003c", "<")) as Record<string, unknown>;
          return `${tag}${JSON.stringify(change(config)).replaceAll("<", "\\u003c")}`;
        })
        // A prerendered page (decision 0058) shows the server's own config: with another one, the app renders anew.
        .replace(" data-prerendered=", " data-rendered-for-another-config=");
      const { "content-encoding": _decoded, "content-length": _length, ...headers } = response.headers();
      await route.fulfill({ status: response.status(), headers, body: html });
    },
  );
}
