import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMockApi } from "../mock/create-mock-api.ts";
import { demoConfig } from "../seed/demo-config.ts";
import { honourGpc } from "./gpc.ts";

function setGpc(on: boolean | undefined) {
  Object.defineProperty(navigator, "globalPrivacyControl", { value: on, configurable: true });
}

async function signedIn(actor?: Parameters<ReturnType<typeof createMockApi>["devStartSession"]>[0]["actor"]) {
  const api = createMockApi({ config: demoConfig });
  const session = await api.devStartSession({ email: "br.customer@example.com", ...(actor ? { actor } : {}) });
  return { api, session, spy: vi.spyOn(api, "applyGpc") };
}

describe("honourGpc", () => {
  afterEach(() => {
    setGpc(undefined);
    sessionStorage.clear();
  });

  it("tells the backend once per session when the browser sends GPC", async () => {
    setGpc(true);
    const { api, session, spy } = await signedIn();
    const queryClient = new QueryClient();
    await Promise.all([honourGpc(api, queryClient, session), honourGpc(api, queryClient, session)]);
    await honourGpc(api, queryClient, session);
    expect(spy).toHaveBeenCalledTimes(1);
    const ads = (await api.getConsents()).purposes.find((status) => status.purposeId === "ad_remarketing");
    expect(ads).toMatchObject({ status: "withdrawn", inUse: false });
  });

  it("stays silent without the signal, and for a support agent's browser", async () => {
    const plain = await signedIn();
    await honourGpc(plain.api, new QueryClient(), plain.session);
    expect(plain.spy).not.toHaveBeenCalled();
    setGpc(true);
    const agent = await signedIn({ kind: "support", agentName: "Sam Reyes", reason: "Call", mode: "act" });
    await honourGpc(agent.api, new QueryClient(), agent.session);
    expect(agent.spy).not.toHaveBeenCalled();
  });

  it("tries again on the next page when the call failed", async () => {
    setGpc(true);
    const { api, session, spy } = await signedIn();
    api.setFaults({ failureRate: 1 });
    await honourGpc(api, new QueryClient(), session);
    api.setFaults({ failureRate: 0 });
    await honourGpc(api, new QueryClient(), session);
    expect(spy).toHaveBeenCalledTimes(2);
    expect((await api.applyGpc()).optedOut).toEqual([]);
  });
});
