import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { dataFieldKeys } from "../../api/seed/field-keys.ts";
import en from "../../i18n/locales/en.json" with { type: "json" };
import { renderWithApp } from "../../test/render.tsx";
import { signedInMock } from "../../test/signed-in-mock.ts";
import { DataView } from "./data-view.tsx";

describe("DataView", () => {
  it("names every field the demo data uses in the catalog", () => {
    const missing = dataFieldKeys.filter((key) => !(key in en.data.field));
    expect(missing).toEqual([]);
  });

  it("groups the customer's data by family with its source and legal basis", async () => {
    const api = await signedInMock("br.customer@example.com");
    renderWithApp(<DataView />, { api });
    for (const family of [
      "Identity and contact",
      "Demographic",
      "Engagement",
      "Sentiment and feedback",
      "Behaviour and transactions",
    ])
      expect(await screen.findByRole("region", { name: family })).toBeInTheDocument();
    expect(screen.getByText("Email address")).toBeInTheDocument();
    expect(screen.getByText("br.customer@example.com")).toBeInTheDocument();
    expect(screen.getAllByText(/^From the sign-up form/).length).toBeGreaterThan(0);
  });
});
