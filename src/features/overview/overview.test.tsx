import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../test/render.tsx";
import { signedInMock } from "../../test/signed-in-mock.ts";
import { Overview } from "./overview.tsx";

describe("Overview", () => {
  it("counts a lapsed consent as withdrawn, and a legitimate-interest purpose as no consent", async () => {
    // The Brazilian customer gave personalised offers and ad remarketing; analytics lapsed last year.
    const api = await signedInMock("br.customer@example.com");
    const statuses = (await api.getConsents()).purposes;
    expect(statuses.find((status) => status.purposeId === "analytics")).toMatchObject({
      status: "expired",
      inUse: false,
    });
    renderWithApp(<Overview />, { api });
    expect(await screen.findByRole("region", { name: "Your consents" })).toHaveTextContent("2 consents are active.");
  });

  it("summarises channels, consents, open requests and the latest activity from the API", async () => {
    const api = await signedInMock("ca.customer@example.com");
    const [preferences, consents, requests] = await Promise.all([
      api.getPreferences(),
      api.getConsents(),
      api.listRequests(),
    ]);
    renderWithApp(<Overview />, { api });

    const channels = await screen.findByRole("region", { name: "How we contact you" });
    const enabledOn = Object.entries(preferences.channels).filter(([, on]) => on).length;
    expect(within(channels).getByText(new RegExp(`^${enabledOn} channels? (is|are) on`))).toBeInTheDocument();

    const granted = consents.purposes.filter((purpose) => purpose.status === "granted").length;
    const consentCard = screen.getByRole("region", { name: "Your consents" });
    expect(consentCard).toHaveTextContent(granted === 0 ? "You have not given any consent." : `${granted} consent`);

    const open = requests.filter((request) => ["received", "verifying", "in_progress"].includes(request.status)).length;
    expect(screen.getByRole("region", { name: "Your requests" })).toHaveTextContent(`${open} request`);
    expect(within(screen.getByRole("region", { name: "Latest activity" })).getAllByRole("listitem")).toHaveLength(3);
  });

  it("says what failed and recovers on retry", async () => {
    const api = await signedInMock("br.customer@example.com", { failureRate: 1 });
    renderWithApp(<Overview />, { api });
    expect(await screen.findByRole("alert")).toHaveTextContent("We could not load Overview");
    api.setFaults({ failureRate: 0 });
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("region", { name: "Your requests" })).toBeInTheDocument();
  });

  it("marks overdue requests and paused messages on the cards in words, with icons", async () => {
    const base = await signedInMock("ca.customer@example.com");
    const [template] = await base.listRequests();
    const late = { ...template!, status: "in_progress" as const, dueAt: "2025-02-16T23:59:59.000Z", extension: null };
    const preferences = await base.getPreferences();
    const pausedUntil = new Date(Date.now() + 7 * 86_400_000).toISOString();
    renderWithApp(<Overview />, {
      api: {
        ...base,
        listRequests: async () => [late],
        getPreferences: async () => ({ ...preferences, pausedUntil }),
      },
    });
    const requests = await screen.findByRole("region", { name: "Your requests" });
    expect(within(requests).getByText("1 overdue").closest("[data-status]")).toHaveAttribute("data-status", "overdue");
    const channels = screen.getByRole("region", { name: "How we contact you" });
    expect(
      within(channels)
        .getByText(/^Paused until /)
        .closest("[data-status]"),
    ).toHaveAttribute("data-status", "paused");
    // While paused, the channels that are on are not reaching the customer now: the card says when they are.
    expect(within(channels).getByText(/^\d+ channels? (is|are) on again when the pause ends\.$/)).toBeVisible();
    expect(within(channels).queryByText(/^\d+ channels? (is|are) on\.$/)).toBeNull();
  });
});
