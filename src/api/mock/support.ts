import { customerSearchSchema, openSupportViewSchema, type CustomerMatch } from "../contract/support.ts";
import type { Session } from "../contract/session.ts";
import { normalizeEmailAddress } from "../contract/email-address.ts";
import { endpoints } from "../endpoints.ts";
import { assertMayOpen, customerLookup, maskEmail, normalisePhone, onBehalfActor } from "../rules/support.ts";
import { authenticateStaff, sessionOf, tabHashes, type MockContext } from "./context.ts";
import { viewKey } from "./tab-keys.ts";
import { apiError, parseInput, parseOutput } from "./errors.ts";
import { closeView, mintSession, startSession } from "./sessions.ts";

/** As on the server: how many people sharing one number are shown before the email is needed. */
const maxMatches = 5;

export async function searchCustomers(ctx: MockContext, raw: unknown): Promise<CustomerMatch[]> {
  const auth = await authenticateStaff(ctx, "searchCustomers");
  const lookup = customerLookup(parseInput(customerSearchSchema, raw).query);
  // Staff live apart from customers here, so they are never among the matches.
  const matches = auth.state.subjects
    .filter(({ subject }) =>
      "email" in lookup
        ? normalizeEmailAddress(subject.email) === lookup.email
        : subject.phone !== undefined && normalisePhone(subject.phone, subject.jurisdiction) === lookup.phone,
    )
    .slice(0, maxMatches)
    .map(({ subject }) => ({
      customerId: subject.id,
      name: subject.name,
      maskedEmail: maskEmail(subject.email),
      jurisdiction: subject.jurisdiction,
    }));
  return parseOutput(endpoints.searchCustomers.response, { customers: matches }).customers;
}

export async function openSupportView(ctx: MockContext, raw: unknown): Promise<Session> {
  const minted = await mintSession(ctx, viewKey);
  const hashes = await tabHashes(ctx);
  const auth = await authenticateStaff(ctx, "openSupportView");
  const input = parseInput(openSupportViewSchema, raw);
  if (auth.session.actor.kind !== "staff") throw apiError("forbidden", "This is for support staff only.");
  assertMayOpen(auth.session.actor.role, input.mode);
  const { state, now } = auth;
  const customer = state.subjects.find((candidate) => candidate.subject.id === input.customerId);
  if (!customer) throw apiError("not_found", "No customer has this id.");
  closeView(ctx, state, hashes, now);
  const who = { scope: "full" as const, actor: onBehalfActor(auth.session.actor, input) };
  const record = startSession(ctx, state, { ...minted, previousHash: null }, customer, who, now, viewKey);
  ctx.store.write(state);
  return parseOutput(endpoints.openSupportView.response, { session: sessionOf(record, customer) }).session;
}

export async function closeSupportView(ctx: MockContext): Promise<void> {
  const hashes = await tabHashes(ctx);
  const auth = await authenticateStaff(ctx, "closeSupportView");
  closeView(ctx, auth.state, hashes, auth.now);
  ctx.store.write(auth.state);
}
