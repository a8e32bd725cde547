import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EmptyState } from "./empty-state.tsx";
import { StatusBadge } from "./status-badge.tsx";

describe("StatusBadge", () => {
  it("says the status in words, with a decorative icon and a look per status", () => {
    const { container } = render(
      <>
        <StatusBadge status="granted" label="Given" />
        <StatusBadge status="overdue" label="Overdue" />
      </>,
    );
    expect(screen.getByText("Given")).toHaveAttribute("data-status", "granted");
    expect(screen.getByText("Overdue").className).toContain("text-status-urgent");
    expect(screen.getByText("Given").className).not.toContain("text-status-urgent");
    expect(container.querySelectorAll("svg[aria-hidden='true']")).toHaveLength(2);
  });
});

describe("EmptyState", () => {
  it("explains the emptiness and offers the next step", () => {
    render(
      <EmptyState
        title="No requests yet"
        body="Ask for a copy of your data."
        action={<a href="/x">Make a request</a>}
      />,
    );
    expect(screen.getByText("No requests yet")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Make a request" })).toHaveAttribute("href", "/x");
  });
});
