import { setupI18n } from "@lingui/core";
import { describe, expect, it } from "vitest";
import { compileCatalog } from "./compile-catalog.ts";
import { pseudoMessages } from "./pseudo-locale.ts";
import { translate } from "./translate.ts";

describe("pseudoMessages", () => {
  it("wraps every message, nested ones too, and keeps placeholders and plurals working", () => {
    const messages = pseudoMessages(
      compileCatalog({ a: "Hello, {name}", b: { c: "{count, plural, one {# item} other {# items}}" }, d: "Plain" }),
    );
    const i18n = setupI18n({ locale: "en", messages: { en: messages } });
    expect(translate(i18n, "a", { name: "Ada" })).toBe("⟦Hello, Ada⟧");
    expect(translate(i18n, "b.c", { count: 1 })).toBe("⟦1 item⟧");
    expect(translate(i18n, "b.c", { count: 1200 })).toBe("⟦1,200 items⟧");
    expect(translate(i18n, "d")).toBe("⟦Plain⟧");
  });
});
