import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "vite";
import { parseOperatorConfig } from "../src/api/contract/operator-config.ts";
import { createSpaDocument, type Prerenderer } from "../server/http/spa-document.ts";

/** Public pages whose first paint is the same for every visitor of the demo, and the file a static host serves. */
const staticPages = [{ path: "/sign-in", file: "sign-in.html" }];

/**
 * The demo is static files (`npm run demo`, or any static host), so no server renders its public pages for each
 * visitor (decision 0058). This renders its sign-in page once, at build time, with the same prerender and the same
 * document as the reference server, in the operator's default language; a visitor whose browser asks for another
 * language gets the app's own render in it instead of hydration (decision 0069).
 */
export function demoPrerender(): Plugin {
  let outDir = "dist-mock";
  let root = process.cwd();
  let mode = "mock";
  return {
    name: "candor:demo-prerender",
    apply: (_config, env) => env.mode === "mock" && !env.isSsrBuild,
    configResolved(config) {
      root = config.root;
      mode = config.mode;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    // Before build/precompress-plugin.ts, which then writes the .br and .gz beside the page too.
    closeBundle: {
      order: "pre",
      sequential: true,
      async handler() {
        const ssrDir = path.join(outDir, ".ssr");
        await build({
          root,
          mode,
          logLevel: "warn",
          build: { ssr: true, outDir: ssrDir, emptyOutDir: true },
        });
        try {
          const prerenderer = (await import(pathToFileURL(path.join(ssrDir, "prerender.js")).href)) as Prerenderer;
          const parsed = parseOperatorConfig(
            JSON.parse(await readFile(path.join(outDir, "privacy-center.config.json"), "utf8")),
          );
          if (!("config" in parsed)) throw new Error(`The demo's config has problems: ${JSON.stringify(parsed)}`);
          // No HTTP adapter or API reads to preload: the demo's backend runs in the page.
          const config = { ...parsed.config, api: { mode: "mock" as const } };
          const document = createSpaDocument(outDir, config, Promise.resolve(prerenderer));
          if (!document) throw new Error(`No index.html in ${outDir}`);
          for (const page of staticPages) {
            const { page: rendered } = await document.render({
              path: page.path,
              search: "",
              acceptLanguage: config.locales.default,
              acceptEncoding: undefined,
              cookie: undefined,
              gpc: false,
            });
            // Rendered for no one's language in particular: the boot does not take it as the visitor's choice.
            const html = rendered.identity
              .toString("utf8")
              .replace(/<div id="root" data-prerendered="/, '<div id="root" data-language-guessed data-prerendered="');
            await writeFile(path.join(outDir, page.file), html);
          }
        } finally {
          await rm(ssrDir, { recursive: true, force: true });
        }
      },
    },
  };
}
