import type { PrivacyRequest, RequestStatus } from "../contract/requests.ts";
import { newId } from "../rules/ids.ts";
import type { MockContext } from "./context.ts";

const nextStatus: Partial<Record<RequestStatus, RequestStatus>> = {
  received: "verifying",
  verifying: "in_progress",
  in_progress: "completed",
};

/** Seeded requests already tell their story; only those filed in the demo (fresh random ids) move on. */
const filedInDemo = (request: PrivacyRequest) => request.id.startsWith("req_");

/**
 * Demo only: a request filed in the in-browser demo moves one step each `paceMs` (received → verifying → in
 * progress → completed), each step on its timeline and in the history by the system, so a visitor sees every
 * state. The real server leaves this to the company's staff, so the contract suite never turns it on.
 */
export function progressDemoRequests(ctx: MockContext, paceMs: number): void {
  const state = ctx.store.read();
  const now = ctx.now().getTime();
  let changed = false;
  for (const customer of state.subjects)
    customer.requests = customer.requests.map((request) => {
      if (!filedInDemo(request)) return request;
      let next = request;
      for (;;) {
        const status = nextStatus[next.status];
        const lastAt = new Date(next.timeline.at(-1)?.at ?? next.createdAt).getTime();
        if (!status || now - lastAt < paceMs) break;
        const at = new Date(lastAt + paceMs).toISOString();
        customer.activity.push({
          id: newId("act"),
          at,
          actor: { kind: "system" },
          action: "request_updated",
          target: `request:${request.id}`,
          before: next.status,
          after: status,
        });
        next = { ...next, status, timeline: [...next.timeline, { at, status }], version: next.version + 1 };
        changed = true;
      }
      return next;
    });
  if (changed) ctx.store.write(state);
}
