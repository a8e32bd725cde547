import type { Messages } from "@lingui/core";
import { compileMessageOrThrow } from "@lingui/message-utils/compileMessage";
import { flatten, type Catalog } from "./catalog-keys.ts";

/**
 * A catalog (nested sections of ICU MessageFormat texts) as Lingui's compiled messages, keyed by the dotted path
 * `t()` names ("auth.signIn.title"). The build does this for the app's catalogs (build/catalog-parts-plugin.ts), so
 * the browser never parses ICU; the server and the mock do it once for the e-mail catalogs.
 */
export const compileCatalog = (catalog: Catalog): Messages =>
  Object.fromEntries(
    [...flatten(catalog)].flatMap(([key, text]) => (text === null ? [] : [[key, compileMessageOrThrow(text)]])),
  );
