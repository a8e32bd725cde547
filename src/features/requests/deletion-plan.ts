import type { DataItem } from "../../api/contract/data.ts";

/** What a deletion asks for, as the request's scope: everything, whole families, or single items. */
export type DeletionChoice = { everything: true } | { everything: false; families: string[]; itemIds: string[] };

export function deletionScope(choice: DeletionChoice): string[] {
  if (choice.everything) return ["all"];
  return [...choice.families.map((family) => `family:${family}`), ...choice.itemIds.map((id) => `item:${id}`)];
}

export interface DeletionPlan {
  erased: DataItem[];
  /** Items a law makes the company keep (legal obligation), each until its retention ends. */
  kept: DataItem[];
  /** Purposes that stop because the data they use goes. */
  stoppingPurposeIds: string[];
}

/** Says before anything is sent what goes, what stays by law and until when, and what stops. */
export function deletionPlan(items: readonly DataItem[], choice: DeletionChoice): DeletionPlan {
  const chosen = choice.everything
    ? items
    : items.filter((item) => choice.families.includes(item.family) || choice.itemIds.includes(item.id));
  const kept = chosen.filter((item) => item.legalBasis === "legal_obligation");
  const erased = chosen.filter((item) => item.legalBasis !== "legal_obligation");
  const stoppingPurposeIds = [...new Set(erased.flatMap((item) => item.purposeIds))].toSorted();
  return { erased, kept, stoppingPurposeIds };
}
