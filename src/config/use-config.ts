import { createContext, useContext } from "react";
import type { LocalizedText } from "../api/contract/common.ts";
import type { OperatorConfig } from "../api/contract/operator-config.ts";
import { useTranslation } from "../i18n/use-translation.ts";
import { isPseudoLocale, pseudoText } from "../i18n/pseudo-locale.ts";

export const ConfigContext = createContext<OperatorConfig | null>(null);

export function useConfig(): OperatorConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error("useConfig needs a ConfigContext provider");
  return config;
}

/** Operator-written text in the reader's language, else the operator's default language. */
export function useLocalizedText(): (text: LocalizedText | undefined) => string {
  const config = useConfig();
  const { i18n } = useTranslation();
  return (text) => {
    if (!text) return "";
    const fallback = text[config.locales.default] ?? Object.values(text)[0] ?? "";
    if (isPseudoLocale(i18n.language)) return pseudoText(text.en ?? fallback);
    return text[i18n.language as keyof LocalizedText] ?? fallback;
  };
}
