import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../test/render.tsx";
import { signedInMock } from "../../test/signed-in-mock.ts";
import { Overview } from "./overview.tsx";

describe("Overview", () => {
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
});
