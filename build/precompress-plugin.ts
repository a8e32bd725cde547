import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Plugin } from "vite";
import { compressOnceInBackground } from "../server/http/content-encoding.ts";

const compressible = /\.(html|js|css|json|svg|txt|webmanifest)$/;

/**
 * Writes a .br and a .gz beside every text file of the build (the bundle and public/ alike), at the slowest,
 * smallest settings, so neither the reference server nor a static host compresses per request. A copy that is
 * not smaller is skipped; source maps are left alone, as browsers only fetch them with devtools open.
 */
export function precompress(): Plugin {
  let outDir = "dist";
  return {
    name: "candor:precompress",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true })).filter(
        (file) => compressible.test(file) && !file.split(path.sep).some((part) => part.startsWith(".")),
      );
      await Promise.all(
        files.map(async (file) => {
          const full = path.join(outDir, file);
          const body = await readFile(full);
          for (const [encoding, suffix] of [
            ["br", ".br"],
            ["gzip", ".gz"],
          ] as const) {
            const copy = await compressOnceInBackground(body, encoding);
            if (copy.length < body.length) await writeFile(full + suffix, copy);
          }
        }),
      );
    },
  };
}
