import { sessionSchema, type Session } from "../contract/session.ts";
import { endpoints } from "../endpoints.ts";
import { appendEvent } from "./activity.ts";
import { authenticate, findSession, sessionKey, sessionOf, tabSessionHash, type MockContext } from "./context.ts";
import { randomToken, sha256 } from "./crypto.ts";
import { apiError, parseOutput } from "./errors.ts";
import type { MockState, SessionRecord } from "./state.ts";

const sessionMs = 12 * 60 * 60_000;

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

/** Starts a session for this tab, replacing the one it had. */
export function startSession(
  ctx: MockContext,
  state: MockState,
  minted: MintedSession,
  who: Pick<SessionRecord, "subjectId" | "scope" | "actor">,
  now: Date,
): SessionRecord {
  const record: SessionRecord = {
    idHash: minted.idHash,
    ...who,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + sessionMs).toISOString(),
  };
  state.sessions = [...state.sessions.filter((session) => session.idHash !== minted.previousHash), record];
  ctx.tab.setItem(sessionKey, minted.token);
  return record;
}

export async function getSession(ctx: MockContext): Promise<Session | null> {
  const idHash = await tabSessionHash(ctx);
  const current = findSession(ctx.store.read(), idHash, ctx.now());
  return parseOutput(endpoints.getSession.response, { session: current?.session ?? null }).session;
}

export async function signOut(ctx: MockContext): Promise<void> {
  const idHash = await tabSessionHash(ctx);
  const state = ctx.store.read();
  const now = ctx.now();
  const current = findSession(state, idHash, now);
  if (current)
    appendEvent(current.customer, { at: now, actor: { kind: "customer" }, action: "signed_out", target: "session" });
  state.sessions = state.sessions.filter((session) => session.idHash !== idHash);
  ctx.store.write(state);
  ctx.tab.removeItem(sessionKey);
}

export async function signOutEverywhere(ctx: MockContext): Promise<void> {
  const auth = await authenticate(ctx, "signOutEverywhere");
  const subjectId = auth.customer.subject.id;
  auth.state.sessions = auth.state.sessions.filter((session) => session.subjectId !== subjectId);
  appendEvent(auth.customer, {
    at: auth.now,
    actor: { kind: "customer" },
    action: "signed_out",
    target: "all_sessions",
  });
  ctx.store.write(auth.state);
  ctx.tab.removeItem(sessionKey);
}

export interface SignInAsOptions {
  scope?: Session["scope"];
  actor?: Session["actor"];
}

/** Demo and test control: what a footer link or a support console would open, without the email round trip. */
export async function signInAs(ctx: MockContext, email: string, options: SignInAsOptions = {}): Promise<Session> {
  const minted = await mintSession(ctx);
  const state = ctx.store.read();
  const now = ctx.now();
  const customer = state.subjects.find(
    (candidate) => candidate.subject.email.toLowerCase() === email.trim().toLowerCase(),
  );
  if (!customer) throw apiError("not_found", `No demo customer has the address ${email}.`);
  const actor = options.actor ?? { kind: "customer" };
  const record = startSession(
    ctx,
    state,
    minted,
    { subjectId: customer.subject.id, scope: options.scope ?? "full", actor },
    now,
  );
  // The customer's history shows every support access, with the agent and the reason.
  if (actor.kind === "support")
    appendEvent(customer, {
      at: now,
      actor: { kind: "support", agentName: actor.agentName, reason: actor.reason },
      action: "support_access",
      target: "privacy_center",
      after: actor.mode,
    });
  ctx.store.write(state);
  return parseOutput(sessionSchema, sessionOf(record, customer));
}
