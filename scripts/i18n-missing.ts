// Lists, per locale, the catalog keys still to translate (with the English text), keys English no longer has, and
// messages whose placeholders or plural forms do not match. Exits 1 when anything is missing or misshapen, so it
// can gate a merge as well as guide a translator.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareKeys, flatten, type Catalog } from "../src/i18n/catalog-keys.ts";

const folders = ["src/i18n/locales", "src/i18n/email"];
let problems = 0;

for (const folder of folders) {
  const read = (file: string) => flatten(JSON.parse(readFileSync(join(folder, file), "utf8")) as Catalog);
  const reference = read("en.json");
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .toSorted()) {
    const locale = file.replace(/\.json$/, "");
    const { missing, extra, misshapen } = compareKeys(reference, read(file), locale);
    problems += missing.length + misshapen.length;
    console.info(
      `${folder}/${file}: ${missing.length} missing, ${extra.length} not in en, ${misshapen.length} misshapen`,
    );
    for (const key of missing) console.info(`  + ${key}  (en: ${JSON.stringify(reference.get(key) ?? null)})`);
    for (const key of extra) console.info(`  - ${key}`);
    for (const problem of misshapen) console.info(`  ! ${problem}`);
  }
}

process.exitCode = problems > 0 ? 1 : 0;
