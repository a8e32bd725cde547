import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "../../test/render.tsx";
import { signedInMock } from "../../test/signed-in-mock.ts";
import { SignOutButton } from "./sign-out-button.tsx";

describe("SignOutButton", () => {
  it("ends the session", async () => {
    const api = await signedInMock("ca.customer@example.com");
    const onSignedOut = vi.fn<() => void>();
    renderWithApp(<SignOutButton onSignedOut={onSignedOut} />, { api });
    await userEvent.click(screen.getByRole("button", { name: "Sign out" }));
    await vi.waitFor(() => expect(onSignedOut).toHaveBeenCalled());
    expect(await api.getSession()).toBeNull();
  });

  it("says so when signing out failed, and stays signed in", async () => {
    const api = await signedInMock("ca.customer@example.com", { failureRate: 1 });
    const onSignedOut = vi.fn<() => void>();
    renderWithApp(<SignOutButton onSignedOut={onSignedOut} />, { api });
    await userEvent.click(screen.getByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Not signed out");
    expect(onSignedOut).not.toHaveBeenCalled();
    api.setFaults({ failureRate: 0 });
    expect(await api.getSession()).not.toBeNull();
  });
});
