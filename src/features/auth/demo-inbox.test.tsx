import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { createHttpApi } from "../../api/http/create-http-api.ts";
import { renderWithApp } from "../../test/render.tsx";
import { DemoInbox } from "./demo-inbox.tsx";

const email = "pl.customer@example.com";

/** A server whose GET /api/dev/outbox answers with this status (404 where the outbox is off). */
function serverWithOutbox(status: 200 | 404) {
  const body =
    status === 200
      ? {
          messages: [
            {
              id: "msg-1",
              to: email,
              subject: "Your sign-in link",
              text: "…",
              link: "http://localhost/auth/confirm#token=abc",
              at: "2026-01-01T10:00:00.000Z",
            },
          ],
        }
      : { error: { code: "not_found", message: "Nothing here." } };
  const answered = { count: 0 };
  const fetch: typeof globalThis.fetch = async () => {
    answered.count += 1;
    return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
  };
  return { api: createHttpApi({ baseUrl: "http://localhost", fetch }), answered };
}

describe("DemoInbox", () => {
  it("shows the server's outbox where the server has one", async () => {
    renderWithApp(<DemoInbox email={email} />, { api: serverWithOutbox(200).api });
    expect(await screen.findByRole("link", { name: "Open the sign-in link" })).toHaveAttribute(
      "href",
      "http://localhost/auth/confirm#token=abc",
    );
  });

  it("shows nothing where the server has no outbox", async () => {
    const { api, answered } = serverWithOutbox(404);
    renderWithApp(<DemoInbox email={email} />, { api });
    await vi.waitFor(() => expect(answered.count).toBeGreaterThan(0));
    // Lets the failed query reach the component before looking.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole("complementary")).toBeNull();
    expect(screen.queryByText("Demo inbox")).toBeNull();
  });
});
