import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createMockApi } from "../../api/mock/create-mock-api.ts";
import { renderWithApp, testConfig } from "../../test/render.tsx";
import { signedInMock } from "../../test/signed-in-mock.ts";
import { PreferencesView } from "./preferences-view.tsx";

const offersByEmail = () => screen.getByRole("switch", { name: "Offers and discounts by Email" });

describe("PreferencesView", () => {
  it("saves a switch at once, shows it on, and the server has it", async () => {
    const api = await signedInMock("br.customer@example.com");
    renderWithApp(<PreferencesView />, { api });
    const before = await screen.findByRole("switch", { name: "Offers and discounts by Email" });
    const wasOn = before.getAttribute("aria-checked") === "true";
    await userEvent.click(before);
    expect(offersByEmail()).toHaveAttribute("aria-checked", String(!wasOn));
    expect(await screen.findByText("Saved.")).toBeInTheDocument();
    const saved = (await api.getPreferences()).topics.find((topic) => topic.topicId === "offers");
    expect(saved?.channels.email).toBe(!wasOn);
  });

  it("sends rapid toggles in order, each on the version the last one returned", async () => {
    const api = await signedInMock("br.customer@example.com");
    const start = await api.getPreferences();
    api.setFaults({ latencyMs: 30 });
    renderWithApp(<PreferencesView />, { api });
    const wasOn =
      (await screen.findByRole("switch", { name: "Offers and discounts by Email" })).getAttribute("aria-checked") ===
      "true";
    for (let press = 0; press < 3; press += 1) await userEvent.click(offersByEmail());
    expect(offersByEmail()).toHaveAttribute("aria-checked", String(!wasOn));
    await screen.findByText("Saved.");
    await waitFor(async () => expect((await api.getPreferences()).version).toBe(start.version + 3));
    const saved = (await api.getPreferences()).topics.find((topic) => topic.topicId === "offers");
    expect(saved?.channels.email).toBe(!wasOn);
  });

  it("puts a switch back and says so when the save fails, then retries", async () => {
    const api = await signedInMock("br.customer@example.com");
    renderWithApp(<PreferencesView />, { api });
    const wasOn = (await screen.findByRole("switch", { name: "Offers and discounts by Email" })).getAttribute(
      "aria-checked",
    );
    api.setFaults({ failureRate: 1 });
    await userEvent.click(offersByEmail());
    expect(await screen.findByRole("alert")).toHaveTextContent("You seem to be offline");
    expect(offersByEmail()).toHaveAttribute("aria-checked", wasOn);
    api.setFaults({ failureRate: 0 });
    await userEvent.click(within(screen.getByRole("alert")).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Saved.")).toBeInTheDocument();
    expect(offersByEmail()).toHaveAttribute("aria-checked", String(wasOn !== "true"));
  });

  it("shows the fresh state when another tab changed it first", async () => {
    const api = await signedInMock("br.customer@example.com");
    renderWithApp(<PreferencesView />, { api });
    await screen.findByRole("switch", { name: "Offers and discounts by Email" });
    const current = await api.getPreferences();
    await api.updatePreferences({
      baseVersion: current.version,
      changes: [{ kind: "channel", channelId: "sms", on: false }],
    });
    await userEvent.click(offersByEmail());
    expect(await screen.findByRole("alert")).toHaveTextContent("This was changed elsewhere");
    expect(screen.getByRole("switch", { name: "Anything by Text message (SMS)" })).toHaveAttribute(
      "aria-checked",
      "false",
    );
  });

  it("stops all marketing in one action, keeps service messages and offers undo", async () => {
    const api = await signedInMock("br.customer@example.com");
    renderWithApp(<PreferencesView />, { api });
    expect(screen.queryByText("Would you tell us why? (optional)")).not.toBeInTheDocument();
    await screen.findByRole("switch", { name: "Offers and discounts by Email" });
    const before = await api.getPreferences();
    await userEvent.click(screen.getByRole("button", { name: "Stop all marketing" }));
    expect(
      await screen.findByText(/All marketing is off. Service messages keep going: Account and order notices/),
    ).toBeInTheDocument();
    for (const topic of testConfig.topics.filter((candidate) => candidate.marketing))
      for (const cell of screen.queryAllByRole("switch", { name: new RegExp(`^${topic.label.en} by`) }))
        expect(cell).toHaveAttribute("aria-checked", "false");
    expect(screen.queryByText("Would you tell us why? (optional)")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("radio", { name: "Too many messages" }));
    await userEvent.click(screen.getByRole("button", { name: "Send" }));
    expect(await screen.findByText(/Thank you/)).toBeInTheDocument();
    expect((await api.listActivity()).events[0]).toMatchObject({ action: "opt_out_feedback", after: "too_many" });
    await userEvent.click(screen.getByRole("button", { name: "Undo" }));
    await waitFor(async () => expect((await api.getPreferences()).topics).toEqual(before.topics));
  });

  it("says a paused customer receives nothing marketing, and resumes", async () => {
    const api = await signedInMock("br.customer@example.com");
    const current = await api.getPreferences();
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    await api.updatePreferences({ baseVersion: current.version, changes: [{ kind: "pause", until }] });
    renderWithApp(<PreferencesView />, { api });
    expect(await screen.findByText(/Everything except service messages is paused until/)).toBeInTheDocument();
    // Each subscribed topic row carries a "Paused" badge, word and icon, while the pause lasts.
    const badges = screen.getAllByText("Paused").map((word) => word.closest("[data-status]"));
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) expect(badge?.querySelector("svg")).toHaveAttribute("data-icon", "paused");
    await userEvent.click(screen.getByRole("button", { name: "Resume now" }));
    await waitFor(async () => expect((await api.getPreferences()).pausedUntil).toBeNull());
    expect(screen.queryByText(/is paused until/)).not.toBeInTheDocument();
    expect(screen.queryByText("Paused")).not.toBeInTheDocument();
  });

  it("lets read-only support look, with every switch disabled and the reason shown", async () => {
    const api = createMockApi({ config: testConfig });
    await api.devStartSession({
      email: "br.customer@example.com",
      actor: { kind: "support", agentName: "Sam Reyes", reason: "Customer called", mode: "read_only" },
    });
    renderWithApp(<PreferencesView />, { api });
    expect(await screen.findByText(/A support agent is viewing this page read-only/)).toBeInTheDocument();
    for (const control of screen.getAllByRole("switch")) expect(control).toHaveAttribute("aria-disabled", "true");
  });

  it("pauses for a week, says until when, and resumes", async () => {
    const api = await signedInMock("br.customer@example.com");
    renderWithApp(<PreferencesView />, { api });
    await userEvent.selectOptions(await screen.findByLabelText("Pause for"), "1 week");
    await userEvent.click(screen.getByRole("button", { name: "Pause" }));
    expect(await screen.findByText(/Everything except service messages is paused until/)).toBeInTheDocument();
    const { pausedUntil } = await api.getPreferences();
    const days = (new Date(pausedUntil!).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    expect(screen.getAllByText("Not sent while your messages are paused.").length).toBeGreaterThan(0);
  });

  it("sets quiet hours, and names the field when a time is not one", async () => {
    const api = await signedInMock("br.customer@example.com");
    renderWithApp(<PreferencesView />, { api });
    const notBefore = await screen.findByLabelText("Not before");
    await userEvent.clear(notBefore);
    await userEvent.click(screen.getByRole("button", { name: "Save quiet hours" }));
    expect(notBefore).toHaveAccessibleDescription("Fill this in.");
    await userEvent.type(notBefore, "08:30");
    await userEvent.clear(screen.getByLabelText("Time zone"));
    await userEvent.type(screen.getByLabelText("Time zone"), "America/Sao_Paulo");
    await userEvent.click(screen.getByRole("button", { name: "Save quiet hours" }));
    expect(await screen.findByText(/come only between 08:30 and 20:00 \(America\/Sao_Paulo\)/)).toBeInTheDocument();
    expect((await api.getPreferences()).quietHours).toEqual({
      notBefore: "08:30",
      notAfter: "20:00",
      timeZone: "America/Sao_Paulo",
    });
  });

  it("changes how often a topic comes", async () => {
    const api = await signedInMock("br.customer@example.com");
    renderWithApp(<PreferencesView />, { api });
    await userEvent.selectOptions(await screen.findByLabelText("How often: Offers and discounts"), "Weekly");
    await waitFor(async () =>
      expect((await api.getPreferences()).topics.find((topic) => topic.topicId === "offers")?.frequency).toBe("weekly"),
    );
  });

  it("shows where each channel reaches the customer, and locks one it cannot reach", async () => {
    const api = await signedInMock("it.customer@example.com");
    renderWithApp(<PreferencesView />, { api });
    expect(
      await screen.findByText("Reaches you at •••• 4590", { selector: "#channel-contact-sms" }),
    ).toBeInTheDocument();
    const cell = screen.getByRole("switch", { name: "Newsletter by App notifications" });
    expect(cell).toHaveAttribute("aria-checked", "false");
    expect(cell).toHaveAttribute("aria-disabled", "true");
    expect(cell).toHaveAccessibleDescription(/We have no contact point for App notifications/);
  });

  it("says of a channel left on without a contact point that nothing reaches the customer there, and lets it go off", async () => {
    const api = await signedInMock("it.customer@example.com");
    renderWithApp(<PreferencesView />, { api });
    const channel = await screen.findByRole("switch", { name: "Anything by App notifications" });
    expect(channel).toHaveAttribute("aria-checked", "true");
    expect(channel).toHaveAccessibleDescription(
      "We have no contact point for App notifications, so nothing reaches you there. You can switch it off.",
    );
    await userEvent.click(channel);
    expect(await screen.findByText("Saved.")).toBeInTheDocument();
    expect((await api.getPreferences()).channels.push).toBe(false);
    expect(channel).toHaveAccessibleDescription(/so it cannot be switched on\.$/);
  });
});
