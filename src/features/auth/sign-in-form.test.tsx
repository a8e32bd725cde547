import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { createMockApi } from "../../api/mock/create-mock-api.ts";
import { renderWithApp, testConfig } from "../../test/render.tsx";
import { SignInForm } from "./sign-in-form.tsx";

describe("SignInForm", () => {
  it("ties a specific message to the field and keeps what was typed", async () => {
    const onSent = vi.fn<(email: string) => void>();
    renderWithApp(<SignInForm redirectTo={undefined} onSent={onSent} />, {
      api: createMockApi({ config: testConfig }),
    });
    const field = screen.getByLabelText("Email address");
    await userEvent.type(field, "not-an-email");
    await userEvent.click(screen.getByRole("button", { name: "Email me a sign-in link" }));
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription("Enter an email address like name@example.com.");
    expect(field).toHaveValue("not-an-email");
    expect(onSent).not.toHaveBeenCalled();
  });

  it("says nothing before the first submit, then checks again as the address is corrected", async () => {
    renderWithApp(<SignInForm redirectTo={undefined} onSent={vi.fn<(email: string) => void>()} />, {
      api: createMockApi({ config: testConfig }),
    });
    const field = screen.getByLabelText("Email address");
    await userEvent.type(field, "br.customer@");
    expect(field).not.toHaveAttribute("aria-invalid");
    await userEvent.click(screen.getByRole("button", { name: "Email me a sign-in link" }));
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveFocus();
    await userEvent.type(field, "example.com");
    expect(field).not.toHaveAttribute("aria-invalid");
  });

  it("asks for an address when the field is empty", async () => {
    renderWithApp(<SignInForm redirectTo={undefined} onSent={vi.fn<(email: string) => void>()} />, {
      api: createMockApi({ config: testConfig }),
    });
    await userEvent.click(screen.getByRole("button", { name: "Email me a sign-in link" }));
    expect(screen.getByLabelText("Email address")).toHaveAccessibleDescription("Enter your email address.");
  });

  it("moves on with the trimmed address once the link is requested", async () => {
    const onSent = vi.fn<(email: string) => void>();
    renderWithApp(<SignInForm redirectTo={undefined} onSent={onSent} />, {
      api: createMockApi({ config: testConfig }),
    });
    await userEvent.type(screen.getByLabelText("Email address"), "  br.customer@example.com ");
    await userEvent.click(screen.getByRole("button", { name: "Email me a sign-in link" }));
    await vi.waitFor(() => expect(onSent).toHaveBeenCalledWith("br.customer@example.com"));
  });

  it("says plainly when the request failed, and keeps the address", async () => {
    const api = createMockApi({ config: testConfig, failureRate: 1 });
    renderWithApp(<SignInForm redirectTo={undefined} onSent={vi.fn<(email: string) => void>()} />, { api });
    await userEvent.type(screen.getByLabelText("Email address"), "br.customer@example.com");
    await userEvent.click(screen.getByRole("button", { name: "Email me a sign-in link" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("We could not send the link.");
    expect(screen.getByLabelText("Email address")).toHaveValue("br.customer@example.com");
  });
});
