import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createMockApi } from "../../api/mock/create-mock-api.ts";
import { createMemoryStorage } from "../../api/mock/memory-storage.ts";
import { renderWithApp, testConfig } from "../../test/render.tsx";
import { PreferencesView } from "./preferences-view.tsx";

/** A demo customer opened from a footer link about offers by SMS, with that subscription on. */
async function openedFromFooter() {
  const storage = createMemoryStorage();
  const customer = createMockApi({ config: testConfig, storage });
  await customer.devStartSession({ email: "br.customer@example.com" });
  const current = await customer.getPreferences();
  await customer.updatePreferences({
    baseVersion: current.version,
    changes: [
      { kind: "pause", until: null },
      { kind: "channel", channelId: "sms", on: true },
      { kind: "topic", topicId: "offers", channelId: "sms", subscribed: true },
    ],
  });
  // The email is opened on another device: a tab of its own.
  const api = createMockApi({ config: testConfig, storage });
  const link = await api.devMintFooterLink({ email: "br.customer@example.com", topicId: "offers", channelId: "sms" });
  const opened = await api.startFooterSession(link.token);
  return { api, opened };
}

const offersBySms = () => screen.getByRole("switch", { name: "Offers and discounts by Text message (SMS)" });

describe("preferences opened from an email footer", () => {
  it("puts what the email was about first, changes nothing until pressed, then unsubscribes in one tap with undo", async () => {
    const { api, opened } = await openedFromFooter();
    expect(opened.session.scope).toBe("preferences");
    const before = await api.getPreferences();
    renderWithApp(<PreferencesView />, { api, path: "/preferences?from=footer&topic=offers&channel=sms" });
    expect(await screen.findByRole("heading", { name: "From your email" })).toBeInTheDocument();
    expect(screen.getByText("You came from a “Offers and discounts” message by Text message (SMS).")).toBeVisible();
    expect(await api.getPreferences()).toEqual(before);

    await userEvent.click(screen.getByRole("button", { name: "Unsubscribe from this" }));
    expect(await screen.findByText(/You are unsubscribed from this/)).toBeVisible();
    expect(offersBySms()).toHaveAttribute("aria-checked", "false");
    await waitFor(async () =>
      expect((await api.getPreferences()).topics.find((pref) => pref.topicId === "offers")?.channels.sms).toBe(false),
    );

    await userEvent.click(screen.getByRole("button", { name: "Undo" }));
    await waitFor(() => expect(offersBySms()).toHaveAttribute("aria-checked", "true"));
    await waitFor(async () =>
      expect((await api.getPreferences()).topics.find((pref) => pref.topicId === "offers")?.channels.sms).toBe(true),
    );
  });

  it("says so when it is already off, with no button", async () => {
    const { api } = await openedFromFooter();
    await api.oneClickUnsubscribe(
      (await api.devMintFooterLink({ email: "br.customer@example.com", topicId: "offers", channelId: "sms" })).token,
    );
    renderWithApp(<PreferencesView />, { api, path: "/preferences?from=footer&topic=offers&channel=sms" });
    expect(await screen.findByText("You no longer get these messages.")).toBeVisible();
    expect(screen.queryByRole("button", { name: "Unsubscribe from this" })).toBeNull();
  });

  it("shows nothing extra when not opened from a footer link", async () => {
    const { api } = await openedFromFooter();
    renderWithApp(<PreferencesView />, { api, path: "/preferences" });
    await screen.findByRole("heading", { name: "Topics" });
    expect(screen.queryByRole("heading", { name: "From your email" })).toBeNull();
  });
});
