import { sessionEnded, sessionStarted, supportViewEnded } from "../commands/session-events.ts";
import { devSessionRequestSchema, type DevSessionRequest } from "../contract/dev.ts";
import type { Session, SessionExpiry } from "../contract/session.ts";
import { endpoints } from "../endpoints.ts";
import { randomToken } from "../rules/ids.ts";
import { sessionEnds, sessionKindOf, sessionLifetimes } from "../rules/sessions.ts";
import { signInSessionOf } from "../rules/support.ts";
import type { StaffMember } from "../seed/demo-staff.ts";
import type { SeedCustomer } from "../seed/types.ts";
import {
  authenticate,
  findSession,
  findStaffSession,
  sessionOf,
  tabCurrent,
  tabHashes,
  tabSessionHash,
  type MockContext,
  type TabHashes,
} from "./context.ts";
import { sha256 } from "./crypto.ts";
import { sessionKey, viewKey } from "./tab-keys.ts";
import { apiError, parseInput, parseOutput } from "./errors.ts";
import type { MockState, SessionRecord } from "./state.ts";

export interface MintedSession {
  token: string;
  idHash: string;
  previousHash: string | null;
}

/** The async part of starting a session, done before the state is read so no other call can slip in between. */
export async function mintSession(ctx: MockContext, key: string = sessionKey): Promise<MintedSession> {
  const token = randomToken();
  return { token, idHash: await sha256(token), previousHash: await tabSessionHash(ctx, key) };
}

/**
 * Starts a session for this tab, replacing the one it had under that key, and says so in the customer's history
 * (staff accounts have none).
 */
export function startSession(
  ctx: MockContext,
  state: MockState,
  minted: MintedSession,
  account: SeedCustomer | StaffMember,
  who: Pick<SessionRecord, "scope" | "actor">,
  now: Date,
  key: string = sessionKey,
): SessionRecord {
  const at = now.toISOString();
  const record: SessionRecord = {
    idHash: minted.idHash,
    subjectId: account.subject.id,
    ...who,
    createdAt: at,
    lastSeenAt: at,
  };
  state.sessions = [...state.sessions.filter((session) => session.idHash !== minted.previousHash), record];
  if ("activity" in account) account.activity.push(sessionStarted({ now, session: record }));
  ctx.tab.setItem(key, minted.token);
  return record;
}

export async function getSession(ctx: MockContext): Promise<Session | null> {
  const hashes = await tabHashes(ctx);
  const state = ctx.store.read();
  const { current, staff } = tabCurrent(state, hashes, ctx.now());
  const session = current?.session ?? staff?.session ?? null;
  if (session) ctx.store.write(state);
  return parseOutput(endpoints.getSession.response, { session }).session;
}

/**
 * When this tab's session ends. Works out the same current session as every call, but never writes the state
 * back, so the idle timer it refreshed in passing stays as it was (as on the server, this is not activity).
 */
export async function getSessionExpiry(ctx: MockContext): Promise<SessionExpiry | null> {
  const hashes = await tabHashes(ctx);
  const { current, staff } = tabCurrent(ctx.store.read(), hashes, ctx.now());
  const live = (current ?? staff)?.record;
  // That state had its timer touched in memory on the way; the stored record has not, so its ends are read.
  const stored = live && ctx.store.read().sessions.find((candidate) => candidate.idHash === live.idHash);
  const expiry = stored
    ? sessionEnds(sessionLifetimes[sessionKindOf(stored)], stored.createdAt, stored.lastSeenAt)
    : null;
  return parseOutput(endpoints.getSessionExpiry.response, { expiry }).expiry;
}

/** Ends this tab's on-behalf view, if one is open, and says so in the customer's history. */
export function closeView(ctx: MockContext, state: MockState, hashes: TabHashes, now: Date): void {
  const view = findSession(state, hashes.view, now);
  if (view) view.customer.activity.push(supportViewEnded({ now, session: view.session }, "stopped"));
  state.sessions = state.sessions.filter((session) => session.idHash !== hashes.view);
  ctx.tab.removeItem(viewKey);
}

export async function signOut(ctx: MockContext): Promise<void> {
  const hashes = await tabHashes(ctx);
  const state = ctx.store.read();
  const now = ctx.now();
  closeView(ctx, state, hashes, now);
  const current = findSession(state, hashes.session, now);
  if (current) current.customer.activity.push(sessionEnded({ now, session: current.session }, false));
  state.sessions = state.sessions.filter((session) => session.idHash !== hashes.session);
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

/** Test control: what a footer link, a support view or the support console opens, without the email round trip. */
export async function devStartSession(ctx: MockContext, raw: DevSessionRequest): Promise<Session> {
  const input = parseInput(devSessionRequestSchema, raw);
  const minted = await mintSession(ctx);
  const state = ctx.store.read();
  const now = ctx.now();
  const startedAt = new Date(now.getTime() - input.ageMinutes * 60_000);
  const email = input.email.toLowerCase();
  if (input.scope === "staff") {
    const member = state.staff.find((candidate) => candidate.subject.email === email);
    if (!member) throw apiError("not_found", "No staff member has this address.");
    const record = startSession(ctx, state, minted, member, signInSessionOf(member.subject, member.role), now);
    ctx.store.write(state);
    return parseOutput(endpoints.devStartSession.response, {
      session: findStaffSession(state, record.idHash, now)!.session,
    }).session;
  }
  const customer = state.subjects.find((candidate) => candidate.subject.email === email);
  if (!customer) throw apiError("not_found", "No customer has this address.");
  const record = startSession(ctx, state, minted, customer, { scope: input.scope, actor: input.actor }, startedAt);
  ctx.store.write(state);
  return parseOutput(endpoints.devStartSession.response, { session: sessionOf(record, customer) }).session;
}
