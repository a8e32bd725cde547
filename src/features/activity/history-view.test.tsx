import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../test/render.tsx";
import { signedInMock } from "../../test/signed-in-mock.ts";
import { HistoryView } from "./history-view.tsx";

describe("HistoryView", () => {
  it("tells in words what the retention policy deleted or anonymised", async () => {
    const api = await signedInMock("ca.customer@example.com");
    renderWithApp(<HistoryView />, { api });
    expect(
      await screen.findByText(
        "Anonymised: Older orders (kept 5 years, for tax records); only totals that no longer name you remain, as our retention policy says.",
      ),
    ).toBeInTheDocument();
  });
});
