import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createMockApi } from "../../api/mock/create-mock-api.ts";
import { renderWithApp, testConfig } from "../../test/render.tsx";
import { signedInMock } from "../../test/signed-in-mock.ts";
import { eventsPerPage, HistoryView } from "./history-view.tsx";

const line = (start: string) =>
  screen.getAllByRole("listitem").find((item) => item.textContent?.startsWith(start)) ?? null;

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

  it("says in words that a change came from an email footer's one-click unsubscribe", async () => {
    const api = createMockApi({ config: testConfig });
    const email = "br.customer@example.com";
    await api.oneClickUnsubscribe((await api.devMintFooterLink({ email })).token);
    await api.devStartSession({ email });
    renderWithApp(<HistoryView />, { api });
    expect(await screen.findByText(/email footer \(one-click\)/)).toBeVisible();
  });

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

  it("tells consent changes in words: given, withdrawn, objected, by whom, before and after", async () => {
    const api = await signedInMock("br.customer@example.com");
    const change = async (purposeId: string, state: "granted" | "withdrawn" | "objected", textVersion: string) =>
      api.changeConsent({ baseVersion: (await api.getConsents()).version, purposeId, state, textVersion });
    await change("partner_sharing", "granted", "2025-06");
    await change("purchase_based_offers", "objected", "2026-01");
    await api.applyGpc();
    const { container } = renderWithApp(<HistoryView />, { api });
    await screen.findAllByRole("listitem");
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

  it("explains an empty history and offers the first choice to make", async () => {
    const base = await signedInMock("new.customer@example.com");
    const user = userEvent.setup();
    const { router } = renderWithApp(<HistoryView />, {
      api: { ...base, listActivity: async () => [] },
      path: "/history",
      routes: [{ path: "/preferences", element: <p>The preferences page</p> }],
    });
    expect(await screen.findByRole("heading", { name: "Nothing has happened yet" })).toBeVisible();
    expect(screen.getByText(/including any time our support team looks at your account/)).toBeVisible();
    await user.click(screen.getByRole("link", { name: "Choose what we send you" }));
    expect(router.state.location.pathname).toBe("/preferences");
    expect(screen.getByText("The preferences page")).toBeVisible();
  });
});
