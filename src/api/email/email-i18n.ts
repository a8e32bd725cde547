import { setupI18n } from "@lingui/core";
import en from "../../i18n/email/en.json" with { type: "json" };
import it from "../../i18n/email/it.json" with { type: "json" };
import pl from "../../i18n/email/pl.json" with { type: "json" };
import ptBR from "../../i18n/email/pt-BR.json" with { type: "json" };
import zhTW from "../../i18n/email/zh-TW.json" with { type: "json" };
import type { Catalog } from "../../i18n/catalog-keys.ts";
import { compileCatalog } from "../../i18n/compile-catalog.ts";
import { translate, type MessageValues } from "../../i18n/translate.ts";
import type { Locale } from "../contract/common.ts";

const catalogs: Record<Locale, Catalog> = { en, "pt-BR": ptBR, it, pl, "zh-TW": zhTW };

// Instances of their own, compiled once at load, so the server and the mock can render without the SPA's i18n.
const instances = new Map(
  Object.entries(catalogs).map(([locale, catalog]) => [
    locale,
    setupI18n({ locale, messages: { [locale]: compileCatalog(catalog) } }),
  ]),
);

/** The email catalogs' texts in one locale (English where a key is missing). */
export function emailTexts(locale: Locale): (key: string, values?: MessageValues) => string {
  const own = instances.get(locale)!;
  const english = instances.get("en")!;
  return (key, values) => translate(Object.hasOwn(own.messages, key) ? own : english, key, values);
}
