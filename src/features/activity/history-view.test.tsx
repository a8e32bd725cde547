import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../test/render.tsx";
import { signedInMock } from "../../test/signed-in-mock.ts";
import { HistoryView } from "./history-view.tsx";

describe("HistoryView", () => {
  it("tells each change in words, before and after, never as an internal key", async () => {
    const api = await signedInMock("ca.customer@example.com");
    const before = await api.getPreferences();
    const wasOn = before.topics.find((topic) => topic.topicId === "offers")?.channels.email === true;
    await api.updatePreferences({
      baseVersion: before.version,
      changes: [
        { kind: "topic", topicId: "offers", channelId: "email", subscribed: !wasOn },
        { kind: "quiet_hours", quietHours: { notBefore: "09:00", notAfter: "20:00", timeZone: "America/Los_Angeles" } },
      ],
    });
    const { container } = renderWithApp(<HistoryView />, { api });
    expect((await screen.findAllByText("Offers and discounts by Email", { exact: false })).length).toBeGreaterThan(0);
    expect(screen.getAllByText(wasOn ? "on → off" : "off → on").length).toBeGreaterThan(0);
    expect(screen.getAllByText("Quiet hours", { exact: false }).length).toBeGreaterThan(0);
    expect(container.textContent).not.toMatch(/topic:|channel:|purpose:|request:|quiet_hours/);
  });

  it("tells consent changes in words: given, withdrawn, objected, by whom, before and after", async () => {
    const api = await signedInMock("br.customer@example.com");
    const change = async (purposeId: string, state: "granted" | "withdrawn" | "objected", textVersion: string) =>
      api.changeConsent({ baseVersion: (await api.getConsents()).version, purposeId, state, textVersion });
    await change("partner_sharing", "granted", "2025-06");
    await change("purchase_based_offers", "objected", "2026-01");
    await api.applyGpc();
    const { container } = renderWithApp(<HistoryView />, { api });
    await screen.findAllByRole("listitem");
    const line = (start: string) =>
      screen.getAllByRole("listitem").find((item) => item.textContent?.startsWith(start)) ?? null;
    const objected = line("Objected · ");
    expect(objected).toHaveTextContent("Offers based on what you bought");
    expect(objected).toHaveTextContent("In use (you can object) → You objected");
    expect(objected).toHaveTextContent("by you");
    const given = line("Consent given · Sharing with partners");
    expect(given).toHaveTextContent("Sharing with partners");
    expect(given).toHaveTextContent("Not given → Given");
    const gpc = line("Consent withdrawn · Ad remarketing");
    expect(gpc).toHaveTextContent("from your browser's Global Privacy Control signal");
    expect(gpc).toHaveTextContent("Given → Withdrawn");
    expect(container.textContent).not.toMatch(/purpose:|not_objected|objected →|never_asked/);
  });
});
