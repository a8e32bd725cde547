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
});
