/**
 * Each locale's catalog is one file, loaded in two parts (decision 0059): what the public pages (sign-in, the
 * link pages, errors, the frame around them) say, and the sections only a signed-in page shows, which load with
 * the signed-in shell. The build splits and compiles the file (build/catalog-parts-plugin.ts); both parts load into
 * the one Lingui catalog of the language, so `t("preferences.title")` is written the same either way.
 * No React: the server and the build read this too.
 */
import type { Catalog } from "./catalog-keys.ts";

export type CatalogPart = "public" | "signedIn";

/** Top-level catalog sections that only pages inside the signed-in shell or the support console use. */
export const signedInSections: readonly string[] = [
  "overview",
  "preferences",
  "consents",
  "legalBasis",
  "requests",
  "activity",
  "data",
  "corrections",
  "support",
];

export function catalogPart(catalog: Catalog, part: CatalogPart): Catalog {
  return Object.fromEntries(
    Object.entries(catalog).filter(([section]) => signedInSections.includes(section) === (part === "signedIn")),
  );
}

/** The module a part is built from, as the build manifest names it (the server preloads it). */
export const catalogModule = (locale: string, part: CatalogPart): string =>
  `src/i18n/locales/${locale}.json?part=${part}`;

/** The route modules whose pages need the signed-in part; a first load of one preloads it beside the public one. */
export const signedInFrames: readonly string[] = [
  "src/app/shell/app-shell.tsx",
  "src/features/support/support-layout.tsx",
];

/** The catalog modules a first route needs, given the route modules it loads. */
export const catalogModulesFor = (locale: string, routeModules: readonly string[]): string[] => [
  catalogModule(locale, "public"),
  ...(routeModules.some((module) => signedInFrames.includes(module)) ? [catalogModule(locale, "signedIn")] : []),
];
