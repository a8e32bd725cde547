import type { CommandEnv } from "../commands/command.ts";
import type { OperatorConfig } from "../contract/operator-config.ts";
import type { Session } from "../contract/session.ts";
import { endpoints, type EndpointName } from "../endpoints.ts";
import { accessDenial } from "../rules/access.ts";
import { writeBuckets } from "../rules/write-limits.ts";
import type { PreferenceCatalog } from "../rules/preferences.ts";
import { sessionExpiry, sessionKindOf, sessionLifetimes, shouldTouch } from "../rules/sessions.ts";
import type { SeedCustomer } from "../seed/types.ts";
import type { StaffMember } from "../seed/demo-staff.ts";
import { withChangeReason } from "../rules/support.ts";
import { supportViewEnded } from "../commands/session-events.ts";
import { sha256 } from "./crypto.ts";
import { apiError } from "./errors.ts";
import type { KeyValueStorage } from "./memory-storage.ts";
import type { MockState, SessionRecord } from "./state.ts";
import type { Store } from "./store.ts";
import { countWrite } from "./write-limits.ts";
import { sessionKey, viewKey } from "./tab-keys.ts";

export interface MockContext {
  config: OperatorConfig;
  catalog: PreferenceCatalog;
  store: Store;
  now: () => Date;
  appOrigin: string;
  tab: KeyValueStorage;
  /** For one write on a customer's behalf: why the acting agent makes it (WriteOptions.reason). */
  changeReason?: string;
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

export async function tabSessionHash(ctx: MockContext, key: string = sessionKey): Promise<string | null> {
  const token = ctx.tab.getItem(key);
  return token ? sha256(token) : null;
}

export interface StaffCurrent {
  record: SessionRecord;
  member: StaffMember;
  session: Session;
}

/** The live staff console session with this hash, its idle timer refreshed. */
export function findStaffSession(state: MockState, idHash: string | null, now: Date): StaffCurrent | null {
  const record = state.sessions.find((candidate) => candidate.idHash === idHash);
  if (!record || record.scope !== "staff" || sessionExpiresAt(record) <= now) return null;
  if (shouldTouch(record.lastSeenAt, now)) record.lastSeenAt = now.toISOString();
  const member = state.staff.find((candidate) => candidate.subject.id === record.subjectId);
  if (!member) return null;
  const session: Session = {
    subject: member.subject,
    scope: record.scope,
    actor: record.actor,
    createdAt: record.createdAt,
    expiresAt: sessionExpiresAt(record).toISOString(),
  };
  return { record, member, session };
}

/**
 * What this tab acts as, like the server's cookies: an open on-behalf view first, else the tab's own session,
 * a customer's or a staff console's.
 */
export function tabCurrent(state: MockState, hashes: TabHashes, now: Date) {
  const staff = findStaffSession(state, hashes.session, now);
  if (staff) closeViewIfOver(state, hashes.view, now);
  // A view lives only beside the console that opened it, and working in it keeps the console awake.
  const view = staff ? findSession(state, hashes.view, now) : null;
  const own = view ? null : findSession(state, hashes.session, now);
  return { view, own, staff, current: view ?? own };
}

/** The first call to find a view over closes it in the customer's history, as of when it ran out (as the server). */
function closeViewIfOver(state: MockState, viewHash: string | null, now: Date): void {
  const record = state.sessions.find((candidate) => candidate.idHash === viewHash);
  if (!record || record.actor.kind !== "support") return;
  const expiry = sessionExpiresAt(record);
  if (expiry > now) return;
  state.sessions = state.sessions.filter((candidate) => candidate !== record);
  const customer = state.subjects.find((candidate) => candidate.subject.id === record.subjectId);
  customer?.activity.push(supportViewEnded({ now: expiry, session: record }, "expired"));
}

export interface TabHashes {
  session: string | null;
  view: string | null;
}

/** Hashed before the state is read, so no other call can write between this call's read and its write. */
export async function tabHashes(ctx: MockContext): Promise<TabHashes> {
  return { session: await tabSessionHash(ctx), view: await tabSessionHash(ctx, viewKey) };
}

/** Staff endpoints: the console's own session, whatever view is open beside it. */
export async function authenticateStaff(ctx: MockContext, name: EndpointName) {
  const hashes = await tabHashes(ctx);
  const state = ctx.store.read();
  const now = ctx.now();
  const { staff } = tabCurrent(state, hashes, now);
  const own = staff ?? findSession(state, hashes.session, now);
  const denial = accessDenial(own?.session ?? null, endpoints[name]);
  if (denial) throw apiError(denial.code, denial.message);
  if (!staff) throw apiError("forbidden", "This is for support staff only.");
  ctx.store.write(state);
  return { ...staff, state, now };
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
  const hashes = await tabHashes(ctx);
  const state = ctx.store.read();
  const now = ctx.now();
  const { current, staff } = tabCurrent(state, hashes, now);
  const denial = accessDenial((current ?? staff)?.session ?? null, endpoints[name]);
  if (denial) throw apiError(denial.code, denial.message);
  if (!current) throw apiError("unauthorized", "Please sign in to continue.");
  // Counted and kept before the write is even parsed, as on the server, so a refused write counts too.
  if (writeBuckets[name])
    try {
      countWrite(state, name, current.customer.subject.id, now);
    } finally {
      ctx.store.write(state);
    }
  // A refreshed idle timer, or a view found over, needs saving; the write itself saves the rest.
  else ctx.store.write(state);
  const session = withChangeReason(current.session, endpoints[name], ctx.changeReason);
  return { ...current, state, now, env: { now, session } };
}
