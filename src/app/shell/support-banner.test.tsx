import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { clearChangeReason, withChangeReason } from "../../api/client/change-reason.ts";
import type { Session } from "../../api/contract/session.ts";
import { createMockApi } from "../../api/mock/create-mock-api.ts";
import { renderWithApp, testConfig } from "../../test/render.tsx";
import { SupportBanner } from "./support-banner.tsx";

/** A staff member at the console of a fresh mock, with a view of the Californian demo customer open. */
async function openView(staff: string, mode: "read_only" | "act", ticket?: string) {
  const api = withChangeReason(createMockApi({ config: testConfig }));
  await api.devStartSession({ email: staff, scope: "staff" });
  const [match] = await api.searchCustomers({ query: "ca.customer@example.com" });
  const session = await api.openSupportView({
    customerId: match!.customerId,
    reason: "Customer called about offers",
    mode,
    ...(ticket ? { ticket } : {}),
  });
  return { api, session, actor: session.actor as Extract<Session["actor"], { kind: "support" }> };
}

afterEach(() => clearChangeReason());

describe("SupportBanner", () => {
  it("says who looks at whom, why, in which mode and for how long, and Stop ends the view", async () => {
    const { api, session, actor } = await openView("support.agent@example.com", "read_only", "T-1042");
    renderWithApp(<SupportBanner session={session} actor={actor} />, { api });
    const banner = screen.getByRole("region", { name: "Support view" });
    expect(banner).toHaveTextContent("Sam Reyes (support) is viewing Jordan Rivera's privacy center");
    expect(banner).toHaveTextContent("Reason: Customer called about offers");
    expect(banner).toHaveTextContent("Ticket: T-1042");
    expect(banner).toHaveTextContent("Read-only: nothing can be changed.");
    expect(banner).toHaveTextContent(/Time left: (30:00|29:\d\d)/);
    expect(screen.queryByLabelText(/Reason for your changes/)).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Stop viewing" }));
    await waitFor(async () => expect((await api.getSession())?.scope).toBe("staff"));
  });

  it("asks an acting lead for a reason, sends it with each change and says so when one was missing", async () => {
    const { api, session, actor } = await openView("support.lead@example.com", "act");
    renderWithApp(<SupportBanner session={session} actor={actor} />, { api });
    const field = screen.getByLabelText("Reason for your changes (the customer will see it)");
    const change = async () =>
      api.updatePreferences({
        baseVersion: (await api.getPreferences()).version,
        changes: [{ kind: "channel", channelId: "sms", on: false }],
      });
    await expect(change()).rejects.toMatchObject({ code: "validation" });
    expect(await screen.findByText(/A change was refused: give a reason/)).toBeVisible();
    await userEvent.type(field, "Asked by phone to stop SMS");
    expect(screen.queryByText(/A change was refused/)).toBeNull();
    await change();
    const [latest] = (await api.listActivity()).events;
    expect(latest).toMatchObject({
      action: "preferences_changed",
      actor: { kind: "support", agentName: "Priya Okafor", reason: "Asked by phone to stop SMS" },
    });
  });
});
