import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../test/render.tsx";
import { signedInMock } from "../../test/signed-in-mock.ts";
import { eventsPerPage, HistoryView } from "./history-view.tsx";

describe("HistoryView", () => {
  it("tells in words what the retention policy deleted or anonymised", async () => {
    const api = await signedInMock("ca.customer@example.com");
    renderWithApp(<HistoryView />, { api });
    expect(
      await screen.findByText(
        "Anonymised: Older orders (kept 5 years, for tax records); only totals that no longer name you remain, as our retention policy says.",
      ),
    ).toBeInTheDocument();
  });

  it("shows ten thousand events a page at a time, newest first", async () => {
    const base = await signedInMock("br.customer@example.com");
    const [template] = await base.listActivity();
    const start = Date.parse("2026-01-01T00:00:00.000Z");
    const many = Array.from({ length: 10_000 }, (_, n) => ({
      ...template!,
      id: `act-${n}`,
      at: new Date(start + n * 60_000).toISOString(),
    }));
    const user = userEvent.setup();
    renderWithApp(<HistoryView />, { api: { ...base, listActivity: async () => many } });
    const list = await screen.findByRole("list");
    expect(within(list).getAllByRole("listitem")).toHaveLength(eventsPerPage);
    await user.click(screen.getByRole("button", { name: "Show 50 older (9,950 left)" }));
    expect(within(list).getAllByRole("listitem")).toHaveLength(eventsPerPage * 2);
    const times = [...list.querySelectorAll("time")].map((time) => time.getAttribute("datetime"));
    expect(times[0]).toBe(many.at(-1)!.at);
    expect(times.at(-1)).toBe(many.at(-eventsPerPage * 2)!.at);
  });
});
