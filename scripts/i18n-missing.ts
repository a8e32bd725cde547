// Lists, per locale, the catalog keys still to translate (with the English text) and keys English no longer has.
// Exits 1 when anything is missing, so it can gate a merge as well as guide a translator.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareKeys, flatten, referenceText, type Catalog } from "../src/i18n/catalog-keys.ts";

const folders = ["src/i18n/locales", "src/i18n/email"];
let missingTotal = 0;

for (const folder of folders) {
  const read = (file: string) => flatten(JSON.parse(readFileSync(join(folder, file), "utf8")) as Catalog);
  const reference = read("en.json");
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .toSorted()) {
    const locale = file.replace(/\.json$/, "");
    const { missing, extra } = compareKeys(reference, read(file), locale);
    missingTotal += missing.length;
    console.info(`${folder}/${file}: ${missing.length} missing, ${extra.length} not in en`);
    for (const key of missing) console.info(`  + ${key}  (en: ${JSON.stringify(referenceText(reference, key))})`);
    for (const key of extra) console.info(`  - ${key}`);
  }
}

process.exitCode = missingTotal > 0 ? 1 : 0;
