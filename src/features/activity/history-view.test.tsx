import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { activityPageLimits, type ActivityEvent } from "../../api/contract/activity.ts";
import { ApiError } from "../../api/errors.ts";
import { createMockApi } from "../../api/mock/create-mock-api.ts";
import type { PrivacyApi } from "../../api/privacy-api.ts";
import { renderWithApp, testConfig } from "../../test/render.tsx";
import { signedInMock } from "../../test/signed-in-mock.ts";
import { HistoryView } from "./history-view.tsx";

const line = (start: string) =>
  screen.getAllByRole("listitem").find((item) => item.textContent?.startsWith(start)) ?? null;

/** A customer with three pages of history: the seed's story under 120 sign-ins at one instant. */
async function longHistory() {
  const email = "br.customer@example.com";
  const api = await signedInMock(email);
  await api.devAddHistory({ email, count: 120 });
  const all: ActivityEvent[] = [];
  for (let cursor: string | null | undefined; cursor !== null;) {
    const page = await api.listActivity(cursor ? { cursor } : {});
    all.push(...page.events);
    cursor = page.nextCursor;
  }
  return { api, all };
}

/** The polite line that says how much of the history is on the page. */
const shownCount = () => document.querySelector("[data-history-count]");

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

  it("shows the newest page, then older ones on Show older, with the focus on the first that came", async () => {
    const { api, all } = await longHistory();
    const user = userEvent.setup();
    renderWithApp(<HistoryView />, { api });
    const list = await screen.findByRole("list");
    expect(within(list).getAllByRole("listitem")).toHaveLength(activityPageLimits.default);
    expect(shownCount()).toHaveAttribute("aria-live", "polite");
    expect(shownCount()).toHaveTextContent("Showing your latest 50 events");

    await user.click(screen.getByRole("button", { name: "Show older" }));
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(100));
    const items = within(list).getAllByRole("listitem");
    await waitFor(() => expect(items[50]).toHaveFocus());
    expect(shownCount()).toHaveTextContent("Showing your latest 100 events");

    await user.click(screen.getByRole("button", { name: "Show older" }));
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(all.length));
    expect(shownCount()).toHaveTextContent(`Your whole history: ${all.length} events`);
    expect(screen.queryByRole("button", { name: "Show older" })).toBeNull();
    const times = [...list.querySelectorAll("time")].map((time) => time.getAttribute("datetime"));
    expect(times).toEqual(all.map((event) => event.at));
  });

  it("keeps what is shown when older events fail to come, and Try again carries on", async () => {
    const { api } = await longHistory();
    let failures = 1;
    const flaky: PrivacyApi = {
      ...api,
      listActivity: async (query) => {
        if (query?.cursor && failures-- > 0) throw new ApiError({ code: "network", message: "offline" });
        return api.listActivity(query);
      },
    };
    const user = userEvent.setup();
    renderWithApp(<HistoryView />, { api: flaky });
    const list = await screen.findByRole("list");
    await user.click(screen.getByRole("button", { name: "Show older" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("We could not load older events.");
    expect(within(list).getAllByRole("listitem")).toHaveLength(50);
    const retry = screen.getByRole("button", { name: "Try again" });
    await waitFor(() => expect(retry).toHaveFocus());
    await user.click(retry);
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(100));
    expect(screen.queryByRole("alert")).toBeNull();
    await waitFor(() => expect(within(list).getAllByRole("listitem")[50]).toHaveFocus());
  });

  it("offers to start again from the newest when the server refuses the cursor", async () => {
    const { api } = await longHistory();
    let refusals = 1;
    const refusing: PrivacyApi = {
      ...api,
      listActivity: async (query) => {
        if (query?.cursor && refusals-- > 0)
          throw new ApiError({
            code: "validation",
            status: 400,
            message: "Some of what was sent is not valid.",
            fields: [{ path: "cursor", message: "belongs to another subject's history" }],
          });
        return api.listActivity(query);
      },
    };
    const user = userEvent.setup();
    renderWithApp(<HistoryView />, { api: refusing });
    const list = await screen.findByRole("list");
    await user.click(screen.getByRole("button", { name: "Show older" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Your history changed while this page was open.");
    expect(within(list).getAllByRole("listitem")).toHaveLength(50);
    await user.click(screen.getByRole("button", { name: "Start from the newest" }));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
    await user.click(screen.getByRole("button", { name: "Show older" }));
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(100));
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
      api: { ...base, listActivity: async () => ({ events: [], nextCursor: null }) },
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
