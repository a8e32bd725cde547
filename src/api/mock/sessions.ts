import { sessionEnded, sessionStarted } from "../commands/session-events.ts";
import { devSessionRequestSchema, type DevSessionRequest } from "../contract/dev.ts";
import type { Session } from "../contract/session.ts";
import { endpoints } from "../endpoints.ts";
import { randomToken } from "../rules/ids.ts";
import { authenticate, findSession, sessionKey, sessionOf, tabSessionHash, type MockContext } from "./context.ts";
import { sha256 } from "./crypto.ts";
import { apiError, parseInput, parseOutput } from "./errors.ts";
import type { MockState, SessionRecord } from "./state.ts";
import type { SeedCustomer } from "../seed/types.ts";

export interface MintedSession {
  token: string;
  idHash: string;
  previousHash: string | null;
}

/** The async part of starting a session, done before the state is read so no other call can slip in between. */
export async function mintSession(ctx: MockContext): Promise<MintedSession> {
  const token = randomToken();
  return { token, idHash: await sha256(token), previousHash: await tabSessionHash(ctx) };
}

/** Starts a session for this tab, replacing the one it had, and says so in the customer's history. */
export function startSession(
  ctx: MockContext,
  state: MockState,
  minted: MintedSession,
  customer: SeedCustomer,
  who: Pick<SessionRecord, "scope" | "actor">,
  now: Date,
): SessionRecord {
  const at = now.toISOString();
  const record: SessionRecord = {
    idHash: minted.idHash,
    subjectId: customer.subject.id,
    ...who,
    createdAt: at,
    lastSeenAt: at,
  };
  state.sessions = [...state.sessions.filter((session) => session.idHash !== minted.previousHash), record];
  customer.activity.push(sessionStarted({ now, session: record }));
  ctx.tab.setItem(sessionKey, minted.token);
  return record;
}

export async function getSession(ctx: MockContext): Promise<Session | null> {
  const idHash = await tabSessionHash(ctx);
  const state = ctx.store.read();
  const current = findSession(state, idHash, ctx.now());
  if (current) ctx.store.write(state);
  return parseOutput(endpoints.getSession.response, { session: current?.session ?? null }).session;
}

export async function signOut(ctx: MockContext): Promise<void> {
  const idHash = await tabSessionHash(ctx);
  const state = ctx.store.read();
  const now = ctx.now();
  const current = findSession(state, idHash, now);
  if (current) current.customer.activity.push(sessionEnded({ now, session: current.session }, false));
  state.sessions = state.sessions.filter((session) => session.idHash !== idHash);
  ctx.store.write(state);
  ctx.tab.removeItem(sessionKey);
}

export async function signOutEverywhere(ctx: MockContext): Promise<void> {
  const auth = await authenticate(ctx, "signOutEverywhere");
  const subjectId = auth.customer.subject.id;
  auth.state.sessions = auth.state.sessions.filter((session) => session.subjectId !== subjectId);
  auth.customer.activity.push(sessionEnded(auth.env, true));
  ctx.store.write(auth.state);
  ctx.tab.removeItem(sessionKey);
}

/** Test control: what a footer link or a support console opens, without the email round trip. */
export async function devStartSession(ctx: MockContext, raw: DevSessionRequest): Promise<Session> {
  const input = parseInput(devSessionRequestSchema, raw);
  const minted = await mintSession(ctx);
  const state = ctx.store.read();
  const now = ctx.now();
  const customer = state.subjects.find((candidate) => candidate.subject.email === input.email.toLowerCase());
  if (!customer) throw apiError("not_found", "No customer has this address.");
  const record = startSession(ctx, state, minted, customer, { scope: input.scope, actor: input.actor }, now);
  ctx.store.write(state);
  return parseOutput(endpoints.devStartSession.response, { session: sessionOf(record, customer) }).session;
}
