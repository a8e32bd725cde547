import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { catalogParts } from "./build/catalog-parts-plugin.ts";
import { demoPrerender } from "./build/demo-prerender-plugin.ts";
import { localeEndonyms } from "./build/locale-endonyms.ts";
import { precompress } from "./build/precompress-plugin.ts";
import { precompressedPreview } from "./build/precompressed-preview-plugin.ts";

/**
 * The endpoint table loads each contract module on first use (decision 0065) while the server's and the mock's
 * view of it, and the forms, import the same modules statically: that is meant, so rolldown's warning is not.
 */
const checks = { ineffectiveDynamicImport: false };

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? "3001"}`;

/** The server's prerender of the public pages (decision 0058), built by `vite build --ssr` beside the app. */
export const prerenderEntry = "src/ssr/prerender.tsx";

export default defineConfig(({ isSsrBuild }) => ({
  // The prerender build only renders markup: the stylesheet and the compressed copies are the app build's.
  plugins: isSsrBuild
    ? [catalogParts(), react()]
    : [catalogParts(), react(), tailwindcss(), demoPrerender(), precompress(), precompressedPreview()],
  define: { CANDOR_LOCALE_ENDONYMS: JSON.stringify(localeEndonyms()) },
  server: {
    proxy: { "/api": apiTarget, "/u/": apiTarget },
  },
  // `npm run demo` previews the in-browser build: no API behind it, so /u/{token} is the demo's own page.
  preview: { proxy: {} },
  // The manifest lets the server preload what each first route needs (server/http/spa-document.ts).
  build: isSsrBuild
    ? {
        target: "node24",
        outDir: "dist/.ssr",
        emptyOutDir: true,
        copyPublicDir: false,
        rolldownOptions: { input: prerenderEntry, checks },
      }
    : {
        target: "es2023",
        sourcemap: true,
        manifest: true,
        // Every browser the es2023 target runs on (Safari 17, Firefox 115, Chromium) preloads modules itself.
        modulePreload: { polyfill: false },
        rolldownOptions: {
          // @lingui/core imports its ICU compiler for development only. The parser is pure, so production drops
          // that import; the mock's e-mail texts still compile theirs in the browser (decision 0066).
          treeshake: {
            moduleSideEffects: [{ test: /node_modules[\\/](moo|@messageformat[\\/][^\\/]+)[\\/]/, sideEffects: false }],
          },
          checks,
          output: {
            // zod is one chunk, loaded with the first schema asked for (decision 0065); the contract's modules are
            // not grouped, so each endpoint's resource loads (and builds its schemas) only when first called.
            codeSplitting: {
              groups: [
                // Its own chunk, so the framework group does not pull it in as a dependency of @lingui/core.
                {
                  name: "icu-compiler",
                  test: /node_modules[\\/](@lingui[\\/]message-utils|@messageformat[\\/][^\\/]+|moo)[\\/]/,
                  priority: 1,
                },
                { name: "zod", test: /node_modules[\\/]zod[\\/]/, priority: 2 },
                {
                  name: "framework",
                  // With the app's own i18n runtime beside Lingui's: every page runs it, and alone it was a chunk.
                  test: /node_modules[\\/](react|react-dom|scheduler|react-router|@lingui[\\/]core|@lingui[\\/]react|use-sync-external-store|react-error-boundary)[\\/]|src[\\/]i18n[\\/](i18n|use-translation|translate|pick-locale|pseudo-locale)\.ts$/,
                },
              ],
            },
          },
        },
      },
  test: {
    // Budgets for a busy two-core machine: a test fails on what it sees, not on a slow box.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "web",
          environment: "jsdom",
          include: ["src/**/*.test.{ts,tsx}"],
          setupFiles: ["src/test/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "server",
          environment: "node",
          include: ["server/**/*.test.ts", "build/**/*.test.ts", "bench/**/*.test.ts"],
        },
      },
    ],
  },
}));
