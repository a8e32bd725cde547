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
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect((await api.getSession())?.subject.email).toBe("pl.customer@example.com");
  });

  it("explains an unknown or spent token and offers a new link", async () => {
    arriveWithToken("x".repeat(43));
    renderWithApp(<ConfirmSignIn onSignedIn={vi.fn<() => void>()} />, { api: createMockApi({ config: testConfig }) });
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText(/has expired or has already been used/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Get a new sign-in link" })).toHaveAttribute("href", "/sign-in");
  });

  it("explains a visit without a token, such as a reload", () => {
    renderWithApp(<ConfirmSignIn onSignedIn={vi.fn<() => void>()} />, { api: createMockApi({ config: testConfig }) });
    expect(screen.getByText(/has expired or has already been used/)).toBeInTheDocument();
  });
});
