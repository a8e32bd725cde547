import type { LegalBasis } from "../contract/common.ts";
import type { DataFamily, DataItem } from "../contract/data.ts";
import { demoConfig } from "./demo-config.ts";
import type { DataFieldKey } from "./field-keys.ts";

const company = demoConfig.company.name;

/** How long data is kept, in the customer's language; the kit computes when it ends. */
export type RetentionTexts = Record<"account" | "months13" | "years2" | "years5", string>;
const retentionEnd: Record<keyof RetentionTexts, number | null> = {
  account: null,
  months13: 395,
  years2: 730,
  years5: 1826,
};

const familyDefaults: Record<
  DataFamily,
  { legalBasis: LegalBasis; purposeIds: string[]; correctable: boolean; keep: keyof RetentionTexts }
> = {
  identity: { legalBasis: "contract", purposeIds: [], correctable: true, keep: "account" },
  demographic: { legalBasis: "consent", purposeIds: ["personalised_offers"], correctable: true, keep: "years2" },
  engagement: { legalBasis: "consent", purposeIds: ["analytics"], correctable: false, keep: "months13" },
  sentiment: { legalBasis: "legitimate_interest", purposeIds: [], correctable: false, keep: "years2" },
  behavioural: { legalBasis: "contract", purposeIds: ["personalised_offers"], correctable: false, keep: "years5" },
};

export interface ItemOptions {
  source: DataItem["source"];
  daysAgo: number;
  masked?: boolean;
  keep?: keyof RetentionTexts;
  purposeIds?: string[];
  legalBasis?: LegalBasis;
  recipients?: string[];
  correctable?: boolean;
}

/** Data items with deterministic ids and the family's usual basis, purposes and retention unless told otherwise. */
export function dataItemBuilder(code: string, ago: (days: number) => string, retention: RetentionTexts) {
  let count = 0;
  return function item(family: DataFamily, field: DataFieldKey, value: string, options: ItemOptions): DataItem {
    const defaults = familyDefaults[family];
    const collectedAt = ago(options.daysAgo);
    const keep = options.keep ?? defaults.keep;
    const endDays = retentionEnd[keep];
    return {
      id: `data-${code}-${++count}`,
      family,
      field,
      value,
      masked: options.masked ?? false,
      source: options.source,
      collectedAt,
      purposeIds: [...(options.purposeIds ?? defaults.purposeIds)],
      legalBasis: options.legalBasis ?? defaults.legalBasis,
      retention: { rule: retention[keep], endsAt: endDays === null ? null : ago(options.daysAgo - endDays) },
      recipients: options.recipients ?? [company],
      correctable: options.correctable ?? defaults.correctable,
    };
  };
}
