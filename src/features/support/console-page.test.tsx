import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createMockApi } from "../../api/mock/create-mock-api.ts";
import { renderWithApp, testConfig } from "../../test/render.tsx";
import { Component as ConsolePage } from "./console-page.tsx";

async function consoleFor(staff: string) {
  const api = createMockApi({ config: testConfig });
  await api.devStartSession({ email: staff, scope: "staff" });
  return api;
}

async function chooseCustomer(email: string) {
  await userEvent.type(await screen.findByLabelText("Customer's email or phone number"), email);
  await userEvent.click(screen.getByRole("button", { name: "Search" }));
  await userEvent.click(await screen.findByRole("button", { name: "Open Jordan Rivera" }));
}

describe("support console", () => {
  it("shows only the minimum of a match, and asks for a reason on its field", async () => {
    const api = await consoleFor("support.agent@example.com");
    renderWithApp(<ConsolePage />, { api });
    await chooseCustomer("ca.customer@example.com");
    const results = screen.getByRole("list", { name: "Matching customers" });
    expect(results).toHaveTextContent("c•••@example.com · California, USA");
    expect(results).not.toHaveTextContent("ca.customer@example.com");
    expect(screen.getByLabelText("Reason (the customer will see it)")).toHaveFocus();
    expect(screen.queryByRole("button", { name: "Open to act on their behalf" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Open read-only" }));
    expect(await screen.findByText("Say why you are opening this customer's data.")).toBeVisible();
    expect(screen.getByLabelText("Reason (the customer will see it)")).toHaveAttribute("aria-invalid", "true");
  });

  it("says plainly when the server refuses to let an agent act", async () => {
    const api = await consoleFor("support.agent@example.com");
    // With a view open the console cannot tell the role, so it offers acting and the server decides.
    const [match] = await api.searchCustomers({ query: "tw.customer@example.com" });
    await api.openSupportView({ customerId: match!.customerId, reason: "Customer asked about surveys" });
    renderWithApp(<ConsolePage />, { api });
    expect(await screen.findByText(/You still have .+ privacy center open/)).toBeVisible();
    await chooseCustomer("ca.customer@example.com");
    await userEvent.type(screen.getByLabelText("Reason (the customer will see it)"), "Customer called about offers");
    await userEvent.click(screen.getByRole("button", { name: "Open to act on their behalf" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Acting on a customer's behalf needs the support lead role.",
    );
  });
});
