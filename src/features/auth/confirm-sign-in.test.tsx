import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMockApi } from "../../api/mock/create-mock-api.ts";
import { renderWithApp, testConfig } from "../../test/render.tsx";
import { ConfirmSignIn } from "./confirm-sign-in.tsx";
import { captureSignInToken, forgetSignInToken } from "./sign-in-token.ts";

afterEach(() => forgetSignInToken());

function arriveWithToken(token: string) {
  window.history.replaceState(null, "", `/auth/confirm#token=${token}`);
  captureSignInToken();
}

describe("ConfirmSignIn", () => {
  it("signs in only when the button is pressed", async () => {
    const api = createMockApi({ config: testConfig });
    await api.requestMagicLink({ email: "pl.customer@example.com" });
    const [message] = await api.listDevOutbox();
    arriveWithToken(new URL(message?.link ?? "").hash.replace("#token=", ""));
    const onSignedIn = vi.fn<() => void>();
    renderWithApp(<ConfirmSignIn onSignedIn={onSignedIn} />, { api });

    expect(await api.getSession()).toBeNull();
    await userEvent.click(await screen.findByRole("button", { name: "Sign in" }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect((await api.getSession())?.subject.email).toBe("pl.customer@example.com");
  });

  it("explains an unknown or spent token and offers a new link", async () => {
    arriveWithToken("x".repeat(43));
    renderWithApp(<ConfirmSignIn onSignedIn={vi.fn<() => void>()} />, { api: createMockApi({ config: testConfig }) });
    await userEvent.click(await screen.findByRole("button", { name: "Sign in" }));
    expect(await screen.findByText(/has expired or has already been used/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "This link no longer works" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Get a new sign-in link" })).toHaveAttribute("href", "/sign-in");
  });

  it("explains a visit without a token, such as a reload", async () => {
    renderWithApp(<ConfirmSignIn onSignedIn={vi.fn<() => void>()} />, { api: createMockApi({ config: testConfig }) });
    expect(await screen.findByRole("heading", { name: "Open the link from your email" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Get a new sign-in link" })).toHaveAttribute("href", "/sign-in");
  });

  it("calls a cut or changed token incomplete, not a connection problem, without asking the server", async () => {
    const api = createMockApi({ config: testConfig });
    const createSession = vi.spyOn(api, "createSession");
    arriveWithToken("garbage123");
    renderWithApp(<ConfirmSignIn onSignedIn={vi.fn<() => void>()} />, { api });
    expect(await screen.findByRole("heading", { name: "This link is incomplete" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Sign in" })).not.toBeInTheDocument();
    expect(screen.queryByText(/connection/)).not.toBeInTheDocument();
    expect(createSession).not.toHaveBeenCalled();
  });

  it("tells a signed-in person they are signed in and offers the overview, keeping the link unspent", async () => {
    const api = createMockApi({ config: testConfig });
    await api.requestMagicLink({ email: "pl.customer@example.com" });
    const [first] = await api.listDevOutbox();
    arriveWithToken(new URL(first?.link ?? "").hash.replace("#token=", ""));
    await api.createSession(new URL(first?.link ?? "").hash.replace("#token=", ""));
    renderWithApp(<ConfirmSignIn onSignedIn={vi.fn<() => void>()} />, { api });
    expect(await screen.findByRole("heading", { name: "You are already signed in" })).toBeInTheDocument();
    expect(screen.getByText(/You are signed in as /)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to your overview" })).toHaveAttribute("href", "/overview");
    expect(screen.queryByRole("button", { name: "Sign in" })).not.toBeInTheDocument();
  });
});
