import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createMockApi } from "../../api/mock/create-mock-api.ts";
import { renderWithApp, testConfig } from "../../test/render.tsx";
import { SessionTimeout } from "./session-timeout.tsx";

const minutes = (count: number) => count * 60_000;
// The fake clock also runs on with the real one (the mock's own timers need it), so times are read, not assumed.
const start = new Date("2026-06-01T09:00:00Z").getTime();

/** The mock reads the same (fake) clock as the page, like the demo in a browser. */
async function signedIn() {
  const api = createMockApi({ config: testConfig });
  const session = await api.devStartSession({ email: "ca.customer@example.com" });
  return { api, session };
}

const later = async (ms: number) => act(async () => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ["Date", "setTimeout", "clearTimeout", "setInterval", "clearInterval"],
    shouldAdvanceTime: true,
  });
  vi.setSystemTime(start);
});
afterEach(() => vi.useRealTimers());

describe("SessionTimeout", () => {
  it("says nothing until two minutes before the idle end, then offers to stay, which moves the end", async () => {
    const { api, session } = await signedIn();
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    renderWithApp(<SessionTimeout session={session} />, { api });
    await later(minutes(27));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    await later(minutes(1) + 1_000);
    const dialog = await screen.findByRole("alertdialog", { name: "Are you still there?" });
    await waitFor(() => expect(dialog).toHaveTextContent(/Time left: (2:00|1:5\d)/));
    await user.click(screen.getByRole("button", { name: "Stay signed in" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    // Half an hour from the press (the fake clock also runs with the real one, so allow a second).
    const end = new Date((await api.getSessionExpiry())!.expiresAt).getTime();
    expect(Math.abs(end - (Date.now() + minutes(30)))).toBeLessThan(1_000);
  });

  it("waits when activity elsewhere moved the end, instead of warning on the old one", async () => {
    const { api, session } = await signedIn();
    renderWithApp(<SessionTimeout session={session} />, { api });
    await later(minutes(20));
    // Another tab reads something: the server's idle timer moves, this page's copy of the session does not.
    await api.getPreferences();
    await later(minutes(8) + 1_000);
    expect(screen.queryByRole("alertdialog")).toBeNull();
    await later(minutes(20));
    expect(await screen.findByRole("alertdialog", { name: "Are you still there?" })).toBeVisible();
  });

  it("near the absolute end says it cannot be extended, and Continue lets the person finish", async () => {
    const { api, session: started } = await signedIn();
    const absoluteEnd = new Date(new Date(started.createdAt).getTime() + minutes(12 * 60)).toISOString();
    // Busy for nearly 12 hours: a read every 20 minutes keeps the idle end ahead of the absolute one.
    for (let step = 0; step < 35; step += 1) {
      vi.setSystemTime(Date.now() + minutes(20));
      await api.getPreferences();
    }
    vi.setSystemTime(new Date(absoluteEnd).getTime() - minutes(1));
    const session = (await api.getSession())!;
    expect(session.expiresAt).toBe(absoluteEnd);
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    renderWithApp(<SessionTimeout session={session} />, { api });
    await later(0);
    const dialog = await screen.findByRole("alertdialog", { name: "Your session is about to end" });
    expect(dialog).toHaveTextContent("cannot be extended");
    expect(screen.queryByRole("button", { name: "Stay signed in" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    await later(30_000);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });
});
