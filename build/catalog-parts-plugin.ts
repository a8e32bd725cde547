import { readFile } from "node:fs/promises";
import type { Plugin } from "vite";
import type { Catalog } from "../src/i18n/catalog-keys.ts";
import { catalogPart, type CatalogPart } from "../src/i18n/catalog-parts.ts";
import { compileCatalog } from "../src/i18n/compile-catalog.ts";

const partRequest = /[\\/]src[\\/]i18n[\\/]locales[\\/][^\\/]+\.json\?part=(public|signedIn)$/;

/**
 * `src/i18n/locales/<locale>.json?part=public|signedIn` is that catalog with only the sections of that part
 * (src/i18n/catalog-parts.ts), compiled for Lingui (src/i18n/compile-catalog.ts), as a module whose default export
 * is the parsed part (JSON.parse of a string is quicker for a browser to read than the same object literal).
 */
export function catalogParts(): Plugin {
  return {
    name: "candor:catalog-parts",
    enforce: "pre",
    async load(id) {
      const match = partRequest.exec(id);
      if (!match) return null;
      const file = id.slice(0, id.indexOf("?"));
      this.addWatchFile(file);
      const catalog = JSON.parse(await readFile(file, "utf8")) as Catalog;
      const part = JSON.stringify(compileCatalog(catalogPart(catalog, match[1] as CatalogPart)));
      return { code: `export default JSON.parse(${JSON.stringify(part)});\n`, moduleType: "js" };
    },
  };
}
