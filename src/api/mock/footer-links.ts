import { oneClickUnsubscribe as oneClickCommand } from "../commands/one-click-unsubscribe.ts";
import {
  devFooterLinkRequestSchema,
  footerSessionRequestSchema,
  type DevFooterLink,
  type DevFooterLinkRequest,
  type FooterSession,
  type FooterTarget,
} from "../contract/footer-links.ts";
import { endpoints } from "../endpoints.ts";
import { footerLinkRefusals, mintFooterLink } from "../rules/footer-links.ts";
import { verifyFooterToken } from "../rules/footer-token.ts";
import type { SeedCustomer } from "../seed/types.ts";
import { storeAppends } from "./activity.ts";
import { findSession, sessionOf, tabSessionHash, type MockContext } from "./context.ts";
import { apiError, parseInput, parseOutput } from "./errors.ts";
import type { MockState } from "./state.ts";
import { mintSession, startSession } from "./sessions.ts";

/**
 * The demo signs its footer links in the browser, so this key is public by design: it only ever opens the demo's
 * own in-browser customers. A real deployment's key lives on its server.
 */
export const demoLinkSecret = "candor-demo-footer-links-are-signed-in-the-browser";

async function resolve(
  ctx: MockContext,
  state: MockState,
  token: string,
): Promise<{ customer: SeedCustomer; target: FooterTarget }> {
  const check = await verifyFooterToken(token, [demoLinkSecret], ctx.now());
  if (!check.ok) throw apiError("token_invalid", footerLinkRefusals[check.reason]);
  const customer = state.subjects.find((candidate) => candidate.subject.id === check.claims.subjectId);
  if (!customer) throw apiError("token_invalid", footerLinkRefusals.unknown);
  const { topicId, channelId } = check.claims;
  return {
    customer,
    target: { ...(topicId !== undefined ? { topicId } : {}), ...(channelId !== undefined ? { channelId } : {}) },
  };
}

export async function startFooterSession(ctx: MockContext, token: string): Promise<FooterSession> {
  const input = parseInput(footerSessionRequestSchema, { token });
  const minted = await mintSession(ctx);
  const state = ctx.store.read();
  const now = ctx.now();
  const { customer, target } = await resolve(ctx, state, input.token);
  const current = findSession(state, await tabSessionHash(ctx), now);
  const keep =
    current?.customer.subject.id === customer.subject.id &&
    current.session.scope === "full" &&
    current.session.actor.kind === "customer";
  const session = keep
    ? current.session
    : sessionOf(
        startSession(ctx, state, minted, customer, { scope: "preferences", actor: { kind: "customer" } }, now),
        customer,
      );
  ctx.store.write(state);
  return parseOutput(endpoints.startFooterSession.response, { session, target });
}

export async function oneClickUnsubscribe(ctx: MockContext, token: string): Promise<void> {
  const state = ctx.store.read();
  const { customer, target } = await resolve(ctx, state, token);
  const outcome = oneClickCommand(customer.preferences, target, { now: ctx.now(), catalog: ctx.catalog });
  if (!outcome) return;
  customer.preferences = outcome.next;
  storeAppends(customer, outcome.appends);
  ctx.store.write(state);
}

export async function devMintFooterLink(ctx: MockContext, raw: DevFooterLinkRequest): Promise<DevFooterLink> {
  const { email, ...link } = parseInput(devFooterLinkRequestSchema, raw);
  const customer = ctx.store.read().subjects.find((candidate) => candidate.subject.email === email.toLowerCase());
  if (!customer) throw apiError("not_found", "No customer has this address.");
  const minted = await mintFooterLink(
    ctx.appOrigin,
    demoLinkSecret,
    { subjectId: customer.subject.id, ...link },
    ctx.now(),
  );
  return parseOutput(endpoints.devMintFooterLink.response, minted);
}
