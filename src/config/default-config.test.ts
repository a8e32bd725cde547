import { describe, expect, it } from "vitest";
import rawConfig from "../../public/privacy-center.config.json" with { type: "json" };
import { locales } from "../api/contract/common.ts";
import { operatorConfigSchema } from "../api/contract/operator-config.ts";

const config = operatorConfigSchema.parse(rawConfig);

/** Every operator-written text of the default config, named by where it sits. */
function localizedTexts(): Array<[string, Record<string, string | undefined>]> {
  const fields = ["label", "cost", "description", "purpose", "frequency", "retention", "example"] as const;
  const items = [...config.channels, ...config.topics, ...config.purposes] as Array<Record<string, unknown>>;
  return [
    ...items.flatMap((item) =>
      fields.flatMap((field) => {
        const text = item[field] as Record<string, string> | undefined;
        return text ? [[`${String(item.id)}.${field}`, text] as [string, Record<string, string>]] : [];
      }),
    ),
    ...Object.entries(config.dataFamilies).map(
      ([family, text]) => [`dataFamilies.${family}`, text ?? {}] as [string, Record<string, string>],
    ),
  ];
}

describe("the default operator config", () => {
  it("enables all five market locales", () => {
    expect(config.locales.enabled.toSorted()).toEqual([...locales].toSorted());
  });
  it("labels every data family", () => {
    expect(Object.keys(config.dataFamilies).toSorted()).toEqual([
      "behavioural",
      "demographic",
      "engagement",
      "identity",
      "sentiment",
    ]);
  });
  it.each(locales)("has every topic, purpose, channel and data text in %s", (locale) => {
    const missing = localizedTexts()
      .filter(([, text]) => !text[locale]?.trim())
      .map(([where]) => where);
    expect(missing).toEqual([]);
  });
});
