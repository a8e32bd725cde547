import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createMockApi } from "../../api/mock/create-mock-api.ts";
import { renderWithApp, testConfig } from "../../test/render.tsx";
import { NewRequestView } from "./new-request-view.tsx";

async function customerSignedIn(ageMinutes: number) {
  const api = createMockApi({ config: testConfig });
  api.setFaults({ failureRate: 0 });
  await api.devStartSession({ email: "it.customer@example.com", ageMinutes });
  return api;
}

describe("DeletionForm", () => {
  it("says what goes, what the law keeps and until when, then files the deletion", async () => {
    const api = await customerSignedIn(0);
    const user = userEvent.setup();
    renderWithApp(<NewRequestView />, { api, path: "/requests/new?type=deletion" });
    expect(await screen.findByText(/The law makes us keep some data/)).toBeInTheDocument();
    expect(screen.getByText(/^Tax ID, until /)).toBeInTheDocument();
    expect(screen.getByText(/Your account closes/)).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Only what I choose" }));
    expect(screen.getByRole("button", { name: "Delete the chosen data" })).toBeDisabled();
    await user.click(screen.getByRole("checkbox", { name: "All of Engagement" }));
    expect(screen.getByText(/^3 items will be deleted/)).toBeInTheDocument();
    expect(screen.queryByText(/^Tax ID, until /)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Delete the chosen data" }));
    await waitFor(async () =>
      expect(
        (await api.listRequests()).find((request) => request.type === "deletion" && request.status === "received")
          ?.scope,
      ).toEqual(["family:engagement"]),
    );
  });

  it("asks for a fresh sign-in before a deletion on a session older than 10 minutes", async () => {
    const api = await customerSignedIn(11);
    const user = userEvent.setup();
    renderWithApp(<NewRequestView />, { api, path: "/requests/new?type=deletion" });
    expect(await screen.findByRole("heading", { name: "Confirm it is you" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Delete my account and data" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Email me a new sign-in link" }));
    await waitFor(async () => expect((await api.listDevOutbox())[0]?.to).toBe("it.customer@example.com"));
  });
});
