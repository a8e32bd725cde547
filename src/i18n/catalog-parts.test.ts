import { describe, expect, it } from "vitest";
import en from "./locales/en.json" with { type: "json" };
import it_ from "./locales/it.json" with { type: "json" };
import { flatten } from "./catalog-keys.ts";
import { catalogPart, signedInSections } from "./catalog-parts.ts";
import { appI18n, chooseLocale, initI18n, loadSignedInCatalog } from "./i18n.ts";
import { translate } from "./translate.ts";

const t = (key: string) => translate(appI18n, key);

describe("a catalog in two parts", () => {
  it("loses and repeats no key: the public and the signed-in parts together are the whole catalog", () => {
    const publicKeys = [...flatten(catalogPart(en, "public")).keys()];
    const signedInKeys = [...flatten(catalogPart(en, "signedIn")).keys()];
    expect([...publicKeys, ...signedInKeys].toSorted()).toEqual([...flatten(en).keys()].toSorted());
    expect(publicKeys.filter((key) => signedInKeys.includes(key))).toEqual([]);
    // Every section named as signed-in exists, so a renamed section cannot silently move to the public part.
    expect(signedInSections.filter((section) => !(section in en))).toEqual([]);
  });

  it("gives a public page its texts first, the signed-in texts once asked, and both in a language switched to", async () => {
    await initI18n("en");
    expect(t("auth.signIn.title")).toBe(en.auth.signIn.title);
    // Not downloaded yet: a public page never shows these.
    expect(Object.hasOwn(appI18n.messages, "preferences.readOnly")).toBe(false);

    await loadSignedInCatalog();
    expect(t("preferences.readOnly")).toBe(en.preferences.readOnly);

    expect(await chooseLocale("it")).toBe(true);
    expect(t("auth.signIn.title")).toBe(it_.auth.signIn.title);
    expect(t("preferences.readOnly")).toBe(it_.preferences.readOnly);
    expect(document.documentElement.lang).toBe("it");
  });
});
