import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../test/render.tsx";
import { signedInMock } from "../../test/signed-in-mock.ts";
import { ReceiptView } from "./receipt-view.tsx";

const receiptRoute = "/consents/receipts/:receiptId";

describe("ReceiptView", () => {
  it("shows what was chosen, the words and version shown, when, how and by whom", async () => {
    const api = await signedInMock("br.customer@example.com");
    const base = await api.getConsents();
    const { record } = await api.changeConsent({
      baseVersion: base.version,
      purposeId: "partner_sharing",
      state: "granted",
      textVersion: "2025-06",
    });
    renderWithApp(<ReceiptView />, { api, path: `/consents/receipts/${record.receiptId}`, pattern: receiptRoute });
    const receipt = await screen.findByRole("region", { name: "Sharing with partners: Given" });
    expect(receipt).toHaveTextContent(record.receiptId);
    expect(receipt).toHaveTextContent("Text version2025-06");
    expect(receipt).toHaveTextContent("HowOn this privacy center");
    expect(receipt).toHaveTextContent("By whomYou");
    expect(receipt).toHaveTextContent("Partners may contact you with their own offers.");
    expect(within(receipt).getByText(record.at.slice(0, 4), { exact: false })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Print" })).toBeInTheDocument();
  });

  it("names only the version when the record predates kept texts, and says when a receipt is not found", async () => {
    const api = await signedInMock("br.customer@example.com");
    const old = (await api.getConsents()).records.find((record) => !record.shown);
    expect(old, "the seed has a record of an older text version").toBeDefined();
    const view = renderWithApp(<ReceiptView />, {
      api,
      path: `/consents/receipts/${old!.receiptId}`,
      pattern: receiptRoute,
    });
    expect(
      await screen.findByText(new RegExp(`Recorded against text version ${old!.textVersion}`)),
    ).toBeInTheDocument();
    view.unmount();
    renderWithApp(<ReceiptView />, { api, path: "/consents/receipts/rcpt-nobody", pattern: receiptRoute });
    expect(await screen.findByText(/There is no receipt with this number/)).toBeInTheDocument();
  });
});
