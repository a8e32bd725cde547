import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { DataItem } from "../../api/contract/data.ts";
import { dataFieldKeys } from "../../api/seed/field-keys.ts";
import en from "../../i18n/locales/en.json" with { type: "json" };
import { renderWithApp } from "../../test/render.tsx";
import { signedInMock } from "../../test/signed-in-mock.ts";
import { DataView } from "./data-view.tsx";
import { testConfig } from "../../test/render.tsx";
import { itemsPerPage } from "./family-section.tsx";

describe("DataView", () => {
  it("names every field the demo data uses in the catalog", () => {
    const missing = dataFieldKeys.filter((key) => !(key in en.data.field));
    expect(missing).toEqual([]);
  });

  it("groups the customer's data by family with source, purposes, basis, retention and recipients", async () => {
    const api = await signedInMock("br.customer@example.com");
    renderWithApp(<DataView />, { api });
    for (const family of [
      "Identity and contact",
      "Demographic",
      "Engagement",
      "Sentiment and feedback",
      "Behaviour and transactions",
    ])
      expect(await screen.findByRole("region", { name: family })).toBeInTheDocument();
    const identity = screen.getByRole("region", { name: "Identity and contact" });
    const email = within(identity).getByRole("heading", { name: "Email address" }).closest("li") as HTMLElement;
    expect(within(email).getByText("br.customer@example.com")).toBeInTheDocument();
    expect(within(email).getByText(/^From the sign-up form/)).toBeInTheDocument();
    for (const detail of ["Used for", "Legal basis", "Kept", "Shared with"])
      expect(within(email).getByText(detail)).toBeInTheDocument();
    expect(screen.getAllByText(/ends on /).length).toBeGreaterThan(0);
  });

  it("hides a sensitive value until the person presses its toggle, and hides it again", async () => {
    const api = await signedInMock("br.customer@example.com");
    const user = userEvent.setup();
    renderWithApp(<DataView />, { api });
    const toggle = await screen.findByRole("button", { name: "Show Payment card" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(screen.queryByText("Visa •••• 4821")).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByText("Visa •••• 4821")).toBeInTheDocument();
    await user.click(toggle);
    expect(screen.queryByText("Visa •••• 4821")).not.toBeInTheDocument();
  });

  it("shows text that looks like markup or a formula as plain text", async () => {
    const api = await signedInMock("ca.customer@example.com");
    const { container } = renderWithApp(<DataView />, { api });
    expect(await screen.findByText("<img src=x onerror=alert(1)>")).toBeInTheDocument();
    expect(screen.getByText('=HYPERLINK("http://evil.example","click")')).toBeInTheDocument();
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector('a[href^="http://evil"]')).toBeNull();
  });

  it("shows ten thousand events a page at a time", async () => {
    const base = await signedInMock("br.customer@example.com");
    const [template] = (await base.getData()).items.filter((item) => item.family === "engagement");
    const many: DataItem[] = Array.from({ length: 10_000 }, (_, n) => ({
      ...template!,
      id: `event-${n}`,
      value: `Event ${n}`,
    }));
    const user = userEvent.setup();
    renderWithApp(<DataView />, { api: { ...base, getData: async () => ({ items: many }) } });
    const engagement = await screen.findByRole("region", { name: "Engagement" });
    expect(within(engagement).getByText("10,000 items")).toBeInTheDocument();
    expect(within(engagement).getAllByRole("listitem")).toHaveLength(itemsPerPage);
    await user.click(within(engagement).getByRole("button", { name: /^Show 50 more \(9,950 left\)$/ }));
    expect(within(engagement).getAllByRole("listitem")).toHaveLength(itemsPerPage * 2);
    expect(within(engagement).getByText(`Event ${itemsPerPage * 2 - 1}`)).toBeInTheDocument();
  });

  it("says what the retention job acts on next and when, soonest first", async () => {
    const api = await signedInMock("ca.customer@example.com");
    renderWithApp(<DataView />, { api });
    const next = await screen.findByRole("region", { name: "What goes next" });
    const [first] = within(next).getAllByRole("listitem");
    expect(first).toHaveTextContent(/^Past campaign clicks: on .+ we ask you to renew your consent, or it goes$/);
    expect(screen.queryByRole("heading", { name: "Older orders" })).not.toBeInTheDocument();
  });

  it("tells a customer with no data what would be here, why it is empty, and what to do next", async () => {
    const api = await signedInMock("new.customer@example.com");
    const user = userEvent.setup();
    const { router } = renderWithApp(<DataView />, {
      api,
      path: "/data",
      routes: [{ path: "/requests/new", element: <p>The new-request page</p> }],
    });
    expect(await screen.findByRole("heading", { name: "We hold no data about you yet" })).toBeVisible();
    expect(screen.getByText(/^This page lists everything we keep about you/)).toBeVisible();
    expect(screen.getByText(/^It is empty because we have not collected anything/)).toBeVisible();
    expect(screen.getByRole("link", { name: "Contact our data protection officer" })).toHaveAttribute(
      "href",
      testConfig.links.contact,
    );
    await user.click(screen.getByRole("link", { name: "Ask for a copy of your data" }));
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe("/requests/new?type=access");
    expect(screen.getByText("The new-request page")).toBeVisible();
  });
});
