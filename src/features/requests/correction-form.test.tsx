import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { correctionFormSchema } from "../../api/contract/corrections.ts";
import type { PrivacyApi } from "../../api/privacy-api.ts";
import { renderWithApp } from "../../test/render.tsx";
import { signedInMock } from "../../test/signed-in-mock.ts";
import { NewRequestView } from "./new-request-view.tsx";

async function openCorrection(field: string): Promise<{ api: PrivacyApi; value: string }> {
  const api = await signedInMock("ca.customer@example.com");
  const item = (await api.getData()).items.find((candidate) => candidate.field === field)!;
  renderWithApp(<NewRequestView />, { api, path: `/requests/new?type=correction&item=${item.id}` });
  await screen.findByRole("group", { name: "What it should say" });
  return { api, value: item.value };
}

const parse = (kind: Parameters<typeof correctionFormSchema>[0], proposed: unknown) =>
  correctionFormSchema(kind).safeParse({ proposed, note: "" });

describe("correction schemas", () => {
  it.each([
    ["email", "new@example.com", true],
    ["email", "not-an-email", false],
    ["name", "Zoë 王小明 O'Brien", true],
    ["name", "<b>Jordan</b>", true],
    ["name", "12345", false],
    ["name", "x".repeat(3000), false],
    ["date", "2024-02-29", true],
    ["date", "2023-02-29", false],
    ["year", "1990", true],
    ["year", "90", false],
    ["text", '=HYPERLINK("http://evil.example")', true],
    ["text", "y".repeat(3000), false],
  ] as const)("%s %j → valid %s", (kind, value, valid) => {
    expect(parse(kind, value).success).toBe(valid);
  });

  it.each([
    [{ country: "US", number: "+1 (415) 555-0199" }, true],
    [{ country: "US", number: "415 555 0199" }, false],
    [{ country: "BR", number: "+55 11 98765-4321" }, true],
    [{ country: "BR", number: "+55 11 9876" }, false],
    [{ country: "PL", number: "+48 512 345 678" }, true],
    [{ country: "TW", number: "+886 912 345 678" }, true],
  ])("phone %j → valid %s", (proposed, valid) => {
    expect(parse("phone", proposed).success).toBe(valid);
  });

  it.each([
    ["US", "94110", "CA", true],
    ["US", "9411", "CA", false],
    ["US", "94110", "", false],
    ["BR", "01310-100", "", true],
    ["PL", "00-950", "", true],
    ["PL", "00950", "", false],
    ["IT", "20129", "MI", true],
  ])("address in %s with postal code %s, region %j → valid %s", (country, postalCode, region, valid) => {
    expect(parse("postal_address", { country, line1: "1 Main St", city: "Town", region, postalCode }).success).toBe(
      valid,
    );
  });
});

describe("CorrectionForm", () => {
  it("shows a schema error on the phone number and files once the number is right", async () => {
    const { api } = await openCorrection("phone");
    const user = userEvent.setup();
    const number = screen.getByLabelText("New Phone number");
    await user.type(number, "415 555 0199");
    await user.click(screen.getByRole("button", { name: "Ask for the correction" }));
    expect(await screen.findByText(/international form for the chosen country/)).toBeInTheDocument();
    expect(number).toHaveAttribute("aria-invalid", "true");
    expect(
      (await api.listRequests()).filter((request) => request.type === "correction" && request.status === "received"),
    ).toHaveLength(0);
    await user.clear(number);
    await user.type(number, "+1 415 555 0199");
    await user.click(screen.getByRole("button", { name: "Ask for the correction" }));
    await waitFor(async () =>
      expect((await api.listRequests()).some((request) => request.correction?.proposed === "+14155550199")).toBe(true),
    );
  });

  it("puts the server's refusal on the field it concerns and keeps what was typed", async () => {
    const { value } = await openCorrection("email");
    const user = userEvent.setup();
    const email = screen.getByLabelText("New Email address");
    await user.type(email, value.toUpperCase());
    await user.click(screen.getByRole("button", { name: "Ask for the correction" }));
    expect(await screen.findByText("This is what it says already; enter the new value.")).toBeInTheDocument();
    expect(email).toHaveValue(value.toUpperCase());
    expect(email).toHaveAttribute("aria-invalid", "true");
  });

  it("shows the current value and takes markup in a free-text field as plain text", async () => {
    const { api } = await openCorrection("delivery_note");
    expect(screen.getByText("<img src=x onerror=alert(1)>")).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("New Delivery note"), "Leave at the <b>back</b> door");
    await user.click(screen.getByRole("button", { name: "Ask for the correction" }));
    await waitFor(async () =>
      expect((await api.listRequests()).some((r) => r.correction?.proposed === "Leave at the <b>back</b> door")).toBe(
        true,
      ),
    );
  });
});

describe("CorrectionForm draft", () => {
  it("keeps what was typed when the page is opened again, and forgets it once sent", async () => {
    sessionStorage.clear();
    const api = await signedInMock("ca.customer@example.com");
    const item = (await api.getData()).items.find((candidate) => candidate.field === "name")!;
    const path = `/requests/new?type=correction&item=${item.id}`;
    const user = userEvent.setup();
    const first = renderWithApp(<NewRequestView />, { api, path });
    await user.type(await screen.findByLabelText("New Name"), "Jordan Q. Rivera");
    first.unmount();

    renderWithApp(<NewRequestView />, { api, path });
    const name = await screen.findByLabelText("New Name");
    await waitFor(() => expect(name).toHaveValue("Jordan Q. Rivera"));
    await user.click(screen.getByRole("button", { name: "Ask for the correction" }));
    await waitFor(async () =>
      expect((await api.listRequests()).some((request) => request.correction?.proposed === "Jordan Q. Rivera")).toBe(
        true,
      ),
    );
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith("candor.draft."))).toEqual([]);
  });
});
