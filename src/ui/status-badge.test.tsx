import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { purposeStatusValueSchema } from "../api/contract/consents.ts";
import { requestStatusSchema } from "../api/contract/requests.ts";
import { EmptyState } from "./empty-state.tsx";
import { badgeStatuses, StatusBadge } from "./status-badge.tsx";

const badgeOf = (word: string) => screen.getByText(word).closest("[data-status]") as HTMLElement;

describe("StatusBadge", () => {
  it("has a look for every purpose status and every request status the contract has", () => {
    for (const status of [...purposeStatusValueSchema.options, ...requestStatusSchema.options])
      expect(badgeStatuses).toContain(status);
    expect(badgeStatuses).toEqual(expect.arrayContaining(["paused", "overdue"]));
  });

  it.each(badgeStatuses)("%s says its word beside an icon of its own", (status) => {
    render(<StatusBadge status={status} label={`Word for ${status}`} />);
    const badge = badgeOf(`Word for ${status}`);
    expect(badge).toHaveAttribute("data-status", status);
    const icon = badge.querySelector("svg");
    expect(icon).toHaveAttribute("aria-hidden", "true");
    expect(icon).toHaveAttribute("data-icon", status);
    // What a screen reader hears is the word alone.
    expect(badge).toHaveTextContent(`Word for ${status}`);
  });

  it("draws a different icon for each status, so none is told apart by colour alone", () => {
    const { container } = render(
      <>
        {badgeStatuses.map((status) => (
          <StatusBadge key={status} status={status} label={status} />
        ))}
      </>,
    );
    const shapes = [...container.querySelectorAll("svg")].map((svg) => svg.innerHTML);
    expect(new Set(shapes).size).toBe(badgeStatuses.length);
  });

  it("gives good, urgent and waiting states different tones", () => {
    render(
      <>
        <StatusBadge status="granted" label="Given" />
        <StatusBadge status="overdue" label="Overdue" />
        <StatusBadge status="withdrawn" label="Withdrawn" />
        <StatusBadge status="paused" label="Paused" />
      </>,
    );
    expect(badgeOf("Given").className).toContain("text-status-good");
    expect(badgeOf("Overdue").className).toContain("text-status-urgent");
    expect(badgeOf("Withdrawn").className).toContain("text-status-neutral");
    expect(badgeOf("Paused").className).toContain("text-status-attention");
  });
});

describe("EmptyState", () => {
  it("explains the emptiness under a heading and offers the next step", async () => {
    const pressed: string[] = [];
    render(
      <EmptyState
        title="No requests yet"
        body={<p>Ask for a copy of your data.</p>}
        action={
          <>
            <a href="/x">Make a request</a>
            <button type="button" onClick={() => pressed.push("clear")}>
              Clear filters
            </button>
          </>
        }
      />,
    );
    const box = screen.getByRole("heading", { level: 2, name: "No requests yet" }).parentElement as HTMLElement;
    expect(within(box).getByText("Ask for a copy of your data.")).toBeInTheDocument();
    expect(within(box).getByRole("link", { name: "Make a request" })).toHaveAttribute("href", "/x");
    await userEvent.setup().click(within(box).getByRole("button", { name: "Clear filters" }));
    expect(pressed).toEqual(["clear"]);
  });
});
