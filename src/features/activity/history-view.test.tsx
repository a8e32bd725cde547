import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createMockApi } from "../../api/mock/create-mock-api.ts";
import { renderWithApp, testConfig } from "../../test/render.tsx";
import { HistoryView } from "./history-view.tsx";

describe("HistoryView", () => {
  it("says in words that a change came from an email footer's one-click unsubscribe", async () => {
    const api = createMockApi({ config: testConfig });
    const email = "br.customer@example.com";
    await api.oneClickUnsubscribe((await api.devMintFooterLink({ email })).token);
    await api.devStartSession({ email });
    renderWithApp(<HistoryView />, { api });
    expect(await screen.findByText(/email footer \(one-click\)/)).toBeVisible();
  });
});
