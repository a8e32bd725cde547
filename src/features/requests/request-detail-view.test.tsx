import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { cancellableRequestStatuses } from "../../api/contract/request-statuses.ts";
import { renderWithApp } from "../../test/render.tsx";
import { signedInMock } from "../../test/signed-in-mock.ts";
import { RequestDetailView } from "./request-detail-view.tsx";

describe("RequestDetailView", () => {
  it("refuses a cancel made on a stale page and shows the request as it now stands, from the refusal itself", async () => {
    const api = await signedInMock("ca.customer@example.com");
    const request = await api.createRequest({ type: "access", scope: [], details: "" });
    expect(cancellableRequestStatuses.has(request.status)).toBe(true);
    // The page's reads after the first wait until the test lets them go: what shows meanwhile came with the 409.
    let letReadsGo!: () => void;
    const readsHeld = new Promise<void>((resolve) => (letReadsGo = resolve));
    let reads = 0;
    const heldApi = {
      ...api,
      getRequest: async (id: string) => {
        reads += 1;
        if (reads > 1) await readsHeld;
        return api.getRequest(id);
      },
    };
    const { container } = renderWithApp(<RequestDetailView />, {
      api: heldApi,
      path: `/requests/${request.id}`,
      pattern: "/requests/:id",
    });
    const cancel = await screen.findByRole("button", { name: "Cancel this request" });
    // Another tab cancels it first; this page still shows the version it read.
    await api.cancelRequest(request.id, { baseVersion: request.version }, { idempotencyKey: crypto.randomUUID() });
    await userEvent.click(cancel);
    await waitFor(() => expect(container.querySelector("[data-request-status]")).toHaveTextContent("Cancelled"));
    letReadsGo();
    expect(
      await screen.findByText("This request has moved on and can no longer be cancelled; showing where it stands."),
    ).toBeVisible();
    expect(screen.queryByRole("button", { name: "Cancel this request" })).not.toBeInTheDocument();
  });
});
