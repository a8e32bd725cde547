import type { CommandEnv } from "../commands/command.ts";
import type { OperatorConfig } from "../contract/operator-config.ts";
import type { Session } from "../contract/session.ts";
import { endpoints, type EndpointName } from "../endpoints.ts";
import { accessDenial } from "../rules/access.ts";
import { writeBuckets } from "../rules/write-limits.ts";
import type { PreferenceCatalog } from "../rules/preferences.ts";
import { sessionExpiry, sessionKindOf, sessionLifetimes, shouldTouch } from "../rules/sessions.ts";
import type { SeedCustomer } from "../seed/types.ts";
import { sha256 } from "./crypto.ts";
import { apiError } from "./errors.ts";
import type { KeyValueStorage } from "./memory-storage.ts";
import type { MockState, SessionRecord } from "./state.ts";
import type { Store } from "./store.ts";
import { countWrite } from "./write-limits.ts";

/** Where this tab keeps its session token: like a session cookie, it ends with the tab. */
export const sessionKey = "candor.mock.session.v1";

export interface MockContext {
  config: OperatorConfig;
  catalog: PreferenceCatalog;
  store: Store;
  now: () => Date;
  appOrigin: string;
  tab: KeyValueStorage;
}

export interface Current {
  record: SessionRecord;
  customer: SeedCustomer;
  session: Session;
}

export interface Authed extends Current {
  state: MockState;
  now: Date;
  env: CommandEnv;
}

export async function tabSessionHash(ctx: MockContext): Promise<string | null> {
  const token = ctx.tab.getItem(sessionKey);
  return token ? sha256(token) : null;
}

export function sessionExpiresAt(record: Pick<SessionRecord, "scope" | "actor" | "createdAt" | "lastSeenAt">): Date {
  return sessionExpiry(sessionLifetimes[sessionKindOf(record)], record.createdAt, record.lastSeenAt);
}

export function sessionOf(record: SessionRecord, customer: SeedCustomer): Session {
  return {
    subject: customer.subject,
    scope: record.scope,
    actor: record.actor,
    createdAt: record.createdAt,
    expiresAt: sessionExpiresAt(record).toISOString(),
  };
}

/** The live session with this hash, its idle timer refreshed; an expired one counts as none. */
export function findSession(state: MockState, idHash: string | null, now: Date): Current | null {
  const record = state.sessions.find((candidate) => candidate.idHash === idHash);
  if (!record || sessionExpiresAt(record) <= now) return null;
  if (shouldTouch(record.lastSeenAt, now)) record.lastSeenAt = now.toISOString();
  const customer = state.subjects.find((candidate) => candidate.subject.id === record.subjectId);
  return customer ? { record, customer, session: sessionOf(record, customer) } : null;
}

/** Who is asking comes first, as on the server, so a stranger learns nothing about what a valid input looks like. */
export async function authenticate(ctx: MockContext, name: EndpointName): Promise<Authed> {
  const idHash = await tabSessionHash(ctx);
  const state = ctx.store.read();
  const now = ctx.now();
  const seenAt = state.sessions.find((candidate) => candidate.idHash === idHash)?.lastSeenAt;
  const current = findSession(state, idHash, now);
  const denial = accessDenial(current?.session ?? null, endpoints[name]);
  if (denial) throw apiError(denial.code, denial.message);
  if (!current) throw apiError("unauthorized", "Please sign in to continue.");
  // Counted and kept before the write is even parsed, as on the server, so a refused write counts too.
  if (writeBuckets[name])
    try {
      countWrite(state, name, current.customer.subject.id, now);
    } finally {
      ctx.store.write(state);
    }
  else if (current.record.lastSeenAt !== seenAt) ctx.store.write(state);
  return { ...current, state, now, env: { now, session: current.session } };
}
