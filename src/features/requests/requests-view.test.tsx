import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { PrivacyRequest } from "../../api/contract/requests.ts";
import { renderWithApp } from "../../test/render.tsx";
import { signedInMock } from "../../test/signed-in-mock.ts";
import { NewRequestView } from "./new-request-view.tsx";
import { RequestsView } from "./requests-view.tsx";

const newRequestRoute = { path: "/requests/new", element: <NewRequestView /> };
/** The card of a request in the list, by its heading (the page's "make a request" links carry some same names). */
const cardOf = (name: string) => screen.getByRole("heading", { level: 2, name }).closest("li") as HTMLElement;

describe("RequestsView", () => {
  it("offers a customer with no request the way to make one, and the action leads to the form", async () => {
    const api = await signedInMock("new.customer@example.com");
    const user = userEvent.setup();
    const { router } = renderWithApp(<RequestsView />, { api, path: "/requests", routes: [newRequestRoute] });
    expect(await screen.findByRole("heading", { name: "You have not made any request yet" })).toBeVisible();
    expect(screen.getByText(/The law sets the date we must answer by/)).toBeVisible();
    await user.click(screen.getByRole("link", { name: "Make a request" }));
    expect(router.state.location.pathname).toBe("/requests/new");
    expect(await screen.findByRole("heading", { name: "Ask for a copy of all my data" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Send the request" })).toBeVisible();
  });

  it("shows each request's status as a word with its own icon", async () => {
    const api = await signedInMock("ca.customer@example.com");
    renderWithApp(<RequestsView />, { api, path: "/requests" });
    await screen.findByRole("heading", { level: 2, name: "Delete my data" });
    const cancelled = within(cardOf("Delete my data")).getByText("Cancelled").closest("[data-status]");
    expect(cancelled).toHaveAttribute("data-status", "cancelled");
    expect(cancelled?.querySelector("svg[aria-hidden='true']")).toHaveAttribute("data-icon", "cancelled");
    const access = cardOf("Copy of my data");
    expect(within(access).getByText("In progress").closest("[data-status]")).toHaveAttribute(
      "data-status",
      "in_progress",
    );
    expect(within(access).getByText(/^Answer due by/)).toBeVisible();
    expect(within(access).queryByText("Overdue")).not.toBeInTheDocument();
    // A closed request says when it closed, not when it would have been due.
    expect(within(cardOf("Delete my data")).getByText(/^Closed on /)).toBeVisible();
    expect(within(cardOf("Delete my data")).queryByText(/^Answer due by/)).not.toBeInTheDocument();
    // And the company's latest word on it, e.g. why it was closed.
    expect(within(cardOf("Delete my data")).getByText("Our latest word: Cancelled by the customer.")).toBeVisible();
  });

  it("marks an open request past its legal due day as overdue, and says how late", async () => {
    const base = await signedInMock("ca.customer@example.com");
    const [template] = await base.listRequests();
    const late: PrivacyRequest = {
      ...template!,
      id: "req-late",
      type: "access",
      status: "in_progress",
      createdAt: "2025-01-02T10:00:00.000Z",
      dueAt: "2025-02-16T23:59:59.000Z",
      extension: null,
    };
    renderWithApp(<RequestsView />, { api: { ...base, listRequests: async () => [late] }, path: "/requests" });
    const card = (await screen.findByRole("link", { name: "Copy of my data" })).closest("li") as HTMLElement;
    expect(within(card).getByText("Overdue").closest("[data-status]")).toHaveAttribute("data-status", "overdue");
    expect(within(card).getByText(/^Answer was due by Feb 16, 2025: we are late/)).toBeVisible();
  });

  it("shows every request when the address names a type there is not", async () => {
    const api = await signedInMock("ca.customer@example.com");
    renderWithApp(<RequestsView />, { api, path: "/requests?type=everything" });
    expect(await screen.findByText("3 requests")).toBeVisible();
    expect(screen.getByLabelText("Type")).toHaveValue("all");
  });

  it("says when no request matches the filters, and clears them in one press", async () => {
    const api = await signedInMock("ca.customer@example.com");
    const user = userEvent.setup();
    const { router } = renderWithApp(<RequestsView />, { api, path: "/requests?type=correction&status=open" });
    expect(await screen.findByRole("heading", { name: "No request matches these filters" })).toBeVisible();
    expect(screen.getByText("You have 3 requests in all. Clear the filters to see them.")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(router.state.location.search).toBe("");
    expect(screen.queryByRole("heading", { name: "No request matches these filters" })).not.toBeInTheDocument();
    expect(screen.getByText("3 requests")).toBeVisible();
  });
});
