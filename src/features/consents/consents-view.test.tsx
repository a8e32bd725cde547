import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { createMockApi } from "../../api/mock/create-mock-api.ts";
import { renderWithApp, testConfig } from "../../test/render.tsx";
import { signedInMock } from "../../test/signed-in-mock.ts";
import { ConsentsView } from "./consents-view.tsx";

const dayMs = 86_400_000;
const card = (name: string) => screen.getByRole("article", { name });
const consentSwitch = (purpose: string) => screen.getByRole("switch", { name: `Consent to ${purpose}` });
const statusOf = async (api: ReturnType<typeof createMockApi>, purposeId: string) =>
  (await api.getConsents()).purposes.find((status) => status.purposeId === purposeId);

function setGpc(on: boolean | undefined) {
  Object.defineProperty(navigator, "globalPrivacyControl", { value: on, configurable: true });
}

describe("ConsentsView", () => {
  afterEach(() => setGpc(undefined));

  it("shows every purpose with its legal basis, recipients, retention, text version and state in words", async () => {
    const api = await signedInMock("br.customer@example.com");
    renderWithApp(<ConsentsView />, { api });
    await screen.findByRole("article", { name: "Sharing with partners" });
    for (const purpose of testConfig.purposes) {
      const region = card(purpose.label.en!);
      expect(region).toHaveTextContent(purpose.description.en!);
      expect(region).toHaveTextContent(purpose.recipients.join(", "));
      expect(region).toHaveTextContent(purpose.retention.en!);
      expect(region).toHaveTextContent(`Text version${purpose.textVersion}`);
    }
    // Never asked: not pre-ticked, and said in words.
    expect(consentSwitch("Sharing with partners")).toHaveAttribute("aria-checked", "false");
    expect(within(card("Sharing with partners")).getByText("Not given")).toBeInTheDocument();
    // Lapsed: off, and counted as withdrawn.
    expect(consentSwitch("Analytics and profiling")).toHaveAttribute("aria-checked", "false");
    expect(card("Analytics and profiling")).toHaveTextContent("Your consent lapsed, so it counts as withdrawn");
    expect(consentSwitch("Personalised offers")).toHaveAttribute("aria-checked", "true");
  });

  it("gives and withdraws with the same switch, one press each, and undoes without asking", async () => {
    const api = await signedInMock("br.customer@example.com");
    renderWithApp(<ConsentsView />, { api });
    await userEvent.click(await screen.findByRole("switch", { name: "Consent to Sharing with partners" }));
    expect(await screen.findByText("Consent to Sharing with partners given.")).toBeInTheDocument();
    expect((await statusOf(api, "partner_sharing"))?.status).toBe("granted");
    await userEvent.click(consentSwitch("Sharing with partners"));
    expect(await screen.findByText("Consent to Sharing with partners withdrawn.")).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect((await statusOf(api, "partner_sharing"))?.status).toBe("withdrawn");
    await userEvent.click(within(card("Sharing with partners")).getByRole("button", { name: "Undo" }));
    expect(await screen.findByText("Undone: Sharing with partners is back as it was.")).toBeInTheDocument();
    expect(consentSwitch("Sharing with partners")).toHaveAttribute("aria-checked", "true");
    expect((await statusOf(api, "partner_sharing"))?.status).toBe("granted");
    const history = within(card("Sharing with partners")).getByText("History: 3 changes");
    await userEvent.click(history);
    expect(within(card("Sharing with partners")).getAllByRole("link", { name: /^Receipt: / })).toHaveLength(3);
  });

  it("puts the switch back and says why when a save fails, then retries the same change", async () => {
    const api = await signedInMock("br.customer@example.com");
    renderWithApp(<ConsentsView />, { api });
    await screen.findByRole("switch", { name: "Consent to Personalised offers" });
    api.setFaults({ failureRate: 1 });
    await userEvent.click(consentSwitch("Personalised offers"));
    expect(await within(card("Personalised offers")).findByRole("alert")).toHaveTextContent(
      "You seem to be offline: that change to Personalised offers was not saved",
    );
    expect(consentSwitch("Personalised offers")).toHaveAttribute("aria-checked", "true");
    api.setFaults({ failureRate: 0 });
    await userEvent.click(within(card("Personalised offers")).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Consent to Personalised offers withdrawn.")).toBeInTheDocument();
    expect(consentSwitch("Personalised offers")).toHaveAttribute("aria-checked", "false");
    const withdrawals = (await api.getConsents()).records.filter(
      (record) => record.purposeId === "personalised_offers" && record.state === "withdrawn",
    );
    expect(withdrawals).toHaveLength(1);
  });

  it("shows the fresh state when another tab changed it first", async () => {
    const api = await signedInMock("br.customer@example.com");
    renderWithApp(<ConsentsView />, { api });
    await screen.findByRole("switch", { name: "Consent to Personalised offers" });
    const current = await api.getConsents();
    await api.changeConsent({
      baseVersion: current.version,
      purposeId: "partner_sharing",
      state: "granted",
      textVersion: "2025-06",
    });
    await userEvent.click(consentSwitch("Personalised offers"));
    expect(await within(card("Personalised offers")).findByRole("alert")).toHaveTextContent(
      "This was changed elsewhere",
    );
    expect(consentSwitch("Sharing with partners")).toHaveAttribute("aria-checked", "true");
    expect(consentSwitch("Personalised offers")).toHaveAttribute("aria-checked", "true");
  });

  it("objects to a legitimate-interest purpose with its switch, at once", async () => {
    const api = await signedInMock("br.customer@example.com");
    renderWithApp(<ConsentsView />, { api });
    const allow = await screen.findByRole("switch", { name: "Allow Offers based on what you bought" });
    expect(allow).toHaveAttribute("aria-checked", "true");
    expect(card("Offers based on what you bought")).toHaveTextContent("Our legitimate interest");
    await userEvent.click(allow);
    expect(
      await screen.findByText(/Your objection to Offers based on what you bought is recorded/),
    ).toBeInTheDocument();
    expect(await statusOf(api, "purchase_based_offers")).toMatchObject({ status: "objected", inUse: false });
    expect(within(card("Offers based on what you bought")).getByText("You objected")).toBeInTheDocument();
  });

  it("offers renewal ahead of a lapse and renews", async () => {
    // The demo seed as it was 40 days ago: ad remarketing, given 340 days before today, lapses in 25 days.
    let offset = -40 * dayMs;
    const api = createMockApi({ config: testConfig, now: () => new Date(Date.now() + offset) });
    // The first call that reads the demo's data builds it, as of its clock.
    await api.listDevOutbox();
    offset = 0;
    await api.devStartSession({ email: "br.customer@example.com" });
    renderWithApp(<ConsentsView />, { api });
    const region = await screen.findByRole("article", { name: "Ad remarketing" });
    expect(region).toHaveTextContent(/Your consent lapses on .+\. Renew it now/);
    expect(within(card("Personalised offers")).queryByRole("button", { name: /Renew/ })).not.toBeInTheDocument();
    const before = await statusOf(api, "ad_remarketing");
    await userEvent.click(within(region).getByRole("button", { name: "Renew consent to Ad remarketing" }));
    expect(await screen.findByText("Consent to Ad remarketing renewed.")).toBeInTheDocument();
    const after = await statusOf(api, "ad_remarketing");
    expect(new Date(after!.expiresAt!).getTime()).toBeGreaterThan(new Date(before!.expiresAt!).getTime() + 300 * dayMs);
    await waitFor(() => expect(within(card("Ad remarketing")).queryByText(/Renew it now/)).not.toBeInTheDocument());
  });

  it("says when the browser's Global Privacy Control signal opted a purpose out", async () => {
    setGpc(true);
    const api = await signedInMock("br.customer@example.com");
    await api.applyGpc();
    renderWithApp(<ConsentsView />, { api });
    expect(await screen.findByText(/Your browser sends a Global Privacy Control signal/)).toBeInTheDocument();
    expect(consentSwitch("Ad remarketing")).toHaveAttribute("aria-checked", "false");
    expect(card("Ad remarketing")).toHaveTextContent(/Turned off on .+ because your browser sent a Global Privacy/);
    expect(card("Ad remarketing")).toHaveTextContent("Sale or sharing");
  });

  it("lets read-only support look, with every switch disabled and the reason shown", async () => {
    const api = createMockApi({ config: testConfig });
    await api.devStartSession({
      email: "br.customer@example.com",
      actor: { kind: "support", agentName: "Sam Reyes", reason: "Customer called", mode: "read_only" },
    });
    renderWithApp(<ConsentsView />, { api });
    expect(await screen.findByText(/A support agent is viewing this page read-only/)).toBeInTheDocument();
    for (const control of screen.getAllByRole("switch")) expect(control).toHaveAttribute("aria-disabled", "true");
  });

  it("shows each purpose's status as a word with its own icon", async () => {
    const api = await signedInMock("br.customer@example.com");
    renderWithApp(<ConsentsView />, { api });
    await screen.findByRole("article", { name: "Sharing with partners" });
    const statuses = (await api.getConsents()).purposes;
    const seen = new Set<string>();
    for (const purpose of testConfig.purposes) {
      const status = statuses.find((candidate) => candidate.purposeId === purpose.id)!.status;
      const badge = card(purpose.label.en!).querySelector(`[data-status="${status}"]`);
      expect(badge?.querySelector("svg[aria-hidden='true']")).toHaveAttribute("data-icon", status);
      seen.add(badge?.textContent ?? "");
    }
    expect(seen).toContain("Expired");
    expect(seen).toContain("Given");
  });

  it("says so when the operator asks for no consent at all, and points to the data page", async () => {
    const api = await signedInMock("br.customer@example.com");
    const user = userEvent.setup();
    const { router } = renderWithApp(<ConsentsView />, {
      api,
      config: { ...testConfig, purposes: [] },
      routes: [{ path: "/data", element: <p>The data page</p> }],
    });
    expect(await screen.findByRole("heading", { name: "We ask for no consent" })).toBeVisible();
    await user.click(screen.getByRole("link", { name: "See your data" }));
    expect(router.state.location.pathname).toBe("/data");
  });
});
