import { z } from "zod/mini";
import {
  correctionValueSchemas,
  type Correction,
  type CorrectionKind,
  type correctionInputSchema,
} from "../contract/corrections.ts";
import type { DataItem } from "../contract/data.ts";
import { fieldsOf } from "./parse.ts";
import { invalid, invalidField } from "./rule-error.ts";

const kindOfField: Partial<Record<string, CorrectionKind>> = {
  email: "email",
  phone: "phone",
  name: "name",
  postal_address: "postal_address",
  birth_date: "date",
  birth_year: "year",
};

/** Which form corrects an item; a field without a typed form takes free text. */
export function correctionKindOf(field: string): CorrectionKind {
  return kindOfField[field] ?? "text";
}

type Proposed<K extends CorrectionKind> = z.output<(typeof correctionValueSchemas)[K]>;

/** The proposed value in one line, as the request, the history and the company's staff read it. */
export function describeProposed(kind: CorrectionKind, value: Proposed<CorrectionKind>): string {
  if (kind === "phone") return (value as Proposed<"phone">).number;
  if (kind === "postal_address") {
    const address = value as Proposed<"postal_address">;
    const place = [address.postalCode, address.city, address.region].filter(Boolean).join(" ");
    return [address.line1, address.line2, place, address.country].filter(Boolean).join(", ");
  }
  return value as string;
}

/** Where on the form "nothing would change" belongs: the input the person would edit. */
const mainInput: Record<CorrectionKind, string> = {
  email: "proposed",
  phone: "proposed.number",
  name: "proposed",
  postal_address: "proposed.line1",
  date: "proposed",
  year: "proposed",
  text: "proposed",
};

const comparable = (kind: CorrectionKind, text: string) =>
  kind === "email" ? text.trim().toLowerCase() : text.replace(/[\s().-]/g, "").toLowerCase();

/**
 * A correction as both backends accept it: the item exists and may be corrected, the value fits the item's kind
 * (the same schema the form uses), and it would change something. Refusals name the field under `correction.`.
 */
export function acceptedCorrection(
  items: readonly DataItem[],
  input: z.output<typeof correctionInputSchema>,
): Correction {
  const item = items.find((candidate) => candidate.id === input.itemId);
  if (!item) throw invalidField("correction.itemId", "corrections.error.noItem");
  if (!item.correctable) throw invalidField("correction.itemId", "corrections.error.notCorrectable");
  const kind = correctionKindOf(item.field);
  const parsed = correctionValueSchemas[kind].safeParse(input.proposed);
  if (!parsed.success)
    throw invalid(
      fieldsOf(parsed.error).map((issue) => ({
        path: ["correction", "proposed", issue.path].filter(Boolean).join("."),
        message: issue.message,
      })),
    );
  const proposed = describeProposed(kind, parsed.data);
  if (comparable(kind, proposed) === comparable(kind, item.value))
    throw invalidField(`correction.${mainInput[kind]}`, "corrections.error.same");
  return { itemId: item.id, field: item.field, kind, current: item.value, proposed, note: input.note };
}
