import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import { negotiateEncoding } from "../server/http/content-encoding.ts";

const types: Record<string, string> = {
  ".html": "text/html; charset=UTF-8",
  ".js": "text/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
  ".json": "application/json; charset=UTF-8",
  ".svg": "image/svg+xml",
};
const suffix = { br: ".br", gzip: ".gz" } as const;

/**
 * `vite preview` (the in-browser demo, `npm run demo`) sends files as they are; this has it send the build's
 * .br/.gz copies (build/precompress-plugin.ts) to browsers that accept them, as the reference server does, and
 * the app's HTML for client routes.
 */
export function precompressedPreview(): Plugin {
  return {
    name: "candor:precompressed-preview",
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      // Paths the preview proxies to an API server are not the app's to answer.
      const proxied = Object.keys(server.config.preview.proxy ?? {});
      server.middlewares.use((request, response, next) => {
        const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://preview").pathname);
        if (proxied.some((prefix) => urlPath.startsWith(prefix))) return next();
        // A page rendered at build time (build/demo-prerender-plugin.ts) is that page's HTML; any other client route
        // gets the app's.
        const prerendered = `${urlPath.replace(/\/+$/, "")}.html`;
        const wanted = path.extname(urlPath)
          ? urlPath
          : existsSync(path.join(outDir, prerendered))
            ? prerendered
            : "/index.html";
        const file = path.join(outDir, wanted);
        const encoding = negotiateEncoding(request.headers["accept-encoding"]);
        const type = types[path.extname(file)];
        if (!file.startsWith(outDir + path.sep) || !encoding || !type || !existsSync(file + suffix[encoding]))
          return next();
        response.setHeader("Content-Type", type);
        response.setHeader("Content-Encoding", encoding);
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader(
          "Cache-Control",
          urlPath.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
        );
        response.end(readFileSync(file + suffix[encoding]));
      });
    },
  };
}
