import { describe, expect, it } from "vitest";
import type { DataItem } from "../../api/contract/data.ts";
import { deletionPlan, deletionScope } from "./deletion-plan.ts";

const item = (id: string, family: DataItem["family"], legalBasis: DataItem["legalBasis"], purposeIds: string[]) =>
  ({
    id,
    family,
    field: id,
    value: id,
    masked: false,
    source: "purchase",
    collectedAt: "2026-01-01T00:00:00.000Z",
    purposeIds,
    legalBasis,
    retention: { rule: "5 years", endsAt: "2031-01-01T00:00:00.000Z" },
    recipients: [],
    correctable: false,
  }) satisfies DataItem;

const items = [
  item("email", "identity", "contract", []),
  item("tax", "identity", "legal_obligation", []),
  item("clicks", "engagement", "consent", ["analytics"]),
  item("orders", "behavioural", "contract", ["personalised_offers"]),
];

describe("deletionPlan", () => {
  it("keeps what the law makes the company keep and erases the rest of the account", () => {
    const plan = deletionPlan(items, { everything: true });
    expect(plan.kept.map((i) => i.id)).toEqual(["tax"]);
    expect(plan.erased.map((i) => i.id)).toEqual(["email", "clicks", "orders"]);
    expect(plan.stoppingPurposeIds).toEqual(["analytics", "personalised_offers"]);
  });

  it("takes only the chosen families and items", () => {
    const plan = deletionPlan(items, { everything: false, families: ["engagement"], itemIds: ["tax"] });
    expect(plan.erased.map((i) => i.id)).toEqual(["clicks"]);
    expect(plan.kept.map((i) => i.id)).toEqual(["tax"]);
    expect(plan.stoppingPurposeIds).toEqual(["analytics"]);
  });
});

describe("deletionScope", () => {
  it("names everything, or each family and item", () => {
    expect(deletionScope({ everything: true })).toEqual(["all"]);
    expect(deletionScope({ everything: false, families: ["engagement"], itemIds: ["d1"] })).toEqual([
      "family:engagement",
      "item:d1",
    ]);
  });
});
