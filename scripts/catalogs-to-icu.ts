// Run once (decision 0066): rewrites the i18next catalogs (plural keys `_one/_few/_many/_other`, `{{var}}`) as ICU
// MessageFormat for Lingui, then checks that every key reads the same through Lingui as it did through i18next.
import { readFileSync, writeFileSync } from "node:fs";
import { setupI18n } from "@lingui/core";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import { createInstance } from "i18next";
import type { Catalog } from "../src/i18n/catalog-keys.ts";
import { intlFormatter } from "../src/i18n/intl-formatter.ts";
import { translate } from "../src/i18n/translate.ts";

const folders = ["src/i18n/locales", "src/i18n/email"];
const locales = ["en", "it", "pl", "pt-BR", "zh-TW"];
const pluralSuffix = /^(.+)_(zero|one|two|few|many|other)$/;

// ICU quotes with an apostrophe before { } # or another apostrophe; i18next had no such rule.
const literal = (text: string, inPlural: boolean) =>
  text.replace(inPlural ? /'(?=[{}#'])|#/g : /'(?=[{}'])/g, (match) => (match === "#" ? "'#'" : "''"));

function placeholders(text: string, inPlural: boolean): string {
  return text
    .split(/(\{\{[^}]+\}\})/)
    .map((part) => {
      const match = /^\{\{\s*([^,}\s]+)\s*(?:,\s*(\w+)\s*)?\}\}$/.exec(part);
      if (!match) return literal(part, inPlural);
      const [, name, format] = match;
      if (name === "count") return inPlural ? "#" : "{count, number}";
      // The one format the catalogs name is `number`, which translate() applies to every number but count.
      return `{${name}}`;
    })
    .join("");
}

function convert(node: Catalog): Catalog {
  const out: Catalog = {};
  const keys = Object.keys(node);
  for (const key of keys) {
    const value = node[key]!;
    const plural = pluralSuffix.exec(key);
    if (plural && keys.includes(`${plural[1]}_other`)) {
      const base = plural[1]!;
      if (base in out) continue;
      const forms = keys
        .map((other) => pluralSuffix.exec(other))
        .filter((match) => match?.[1] === base)
        .map((match) => {
          const category = match![2] === "zero" ? "=0" : match![2]!;
          return `${category} {${placeholders(node[match![0]] as string, true)}}`;
        });
      out[base] = `{count, plural, ${forms.join(" ")}}`;
    } else out[key] = typeof value === "string" ? placeholders(value, false) : convert(value);
  }
  return out;
}

function flat(node: Catalog, prefix = ""): [string, string][] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : flat(value, `${prefix}${key}.`),
  );
}

// Every placeholder gets a value (numbers where the catalogs count), so a dropped or renamed one shows.
const names = folders.flatMap((folder) =>
  locales.flatMap((locale) => [...readFileSync(`${folder}/${locale}.json`, "utf8").matchAll(/\{\{\s*(\w+)/g)]),
);
const sample = {
  ...Object.fromEntries(names.map(([, name]) => [name!, `<${name}>`])),
  minutes: 1500,
  left: 1234,
};
let differences = 0;
const converted: [string, Catalog][] = [];
for (const folder of folders) {
  for (const locale of locales) {
    const file = `${folder}/${locale}.json`;
    const before = JSON.parse(readFileSync(file, "utf8")) as Catalog;
    const after = convert(before);
    const old = createInstance().use(intlFormatter);
    await old.init({
      lng: locale,
      resources: { [locale]: { translation: before } },
      interpolation: { escapeValue: false, alwaysFormat: true },
    });
    const messages = Object.fromEntries(flat(after).map(([key, text]) => [key, compileMessage(text)]));
    const i18n = setupI18n({ locale, messages: { [locale]: messages } });
    for (const [key] of flat(after))
      for (const count of [0, 1, 2, 3, 5, 12, 22, 1000, 1.5]) {
        const values = { ...sample, count };
        const was = old.t(key, values);
        const now = translate(i18n, key, values);
        if (was !== now) {
          differences++;
          console.error(
            `${file} ${key} (count ${count}):\n  i18next ${JSON.stringify(was)}\n  lingui  ${JSON.stringify(now)}`,
          );
        }
      }
    converted.push([file, after]);
  }
}
if (differences > 0) process.exitCode = 1;
else for (const [file, catalog] of converted) writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
