import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Session } from "../../src/api/contract/session.ts";
import type { Subject } from "../../src/api/contract/subject.ts";
import {
  sessionEnds,
  sessionExpiry,
  sessionKindOf,
  sessionLifetimes,
  shouldTouch,
  type SessionLifetime,
} from "../../src/api/rules/sessions.ts";
import { supportViewEnded } from "../../src/api/commands/session-events.ts";
import { precompiled } from "../db/precompiled.ts";
import type { FromSubjects, SubjectRead } from "../db/subject-read.ts";
import { toSessionActor } from "../db/rows.ts";
import { recordActivity } from "../resources/activity.ts";
import type { Db } from "../db/schema.ts";
import type { AppEnv } from "../deps.ts";
import { isHttps } from "../http/security-headers.ts";
import { hashToken, newToken } from "./tokens.ts";

export interface CurrentSession {
  idHash: string;
  session: Session;
  /** The end no activity can move (the session's `expiresAt` is the earlier of this and the idle end). */
  absoluteExpiresAt: string;
  /** A read of the session's subject that came in the lookup's statement, for the handler (subject-read.ts). */
  prefetched?: { read: SubjectRead<unknown>; rows: readonly unknown[] };
}

const localHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Secure everywhere except plain http on this machine, where browsers would drop a Secure cookie. */
function secureCookie(c: Context<AppEnv>): boolean {
  if (isHttps(c.req.url, c.req.header("x-forwarded-proto"))) return true;
  return !localHosts.has(new URL(c.req.url).hostname);
}

/**
 * Two cookies: the session (a customer's, or a staff member's console session) and, beside a staff session, the
 * on-behalf view an agent opened. The view has a cookie of its own so that ending it leaves the console signed in.
 */
export type CookieKind = "session" | "view";

/** The __Host- prefix pins the cookie to this host and path; browsers only allow it on Secure cookies. */
const cookieName = (secure: boolean, kind: CookieKind = "session") => `${secure ? "__Host-" : ""}candor_${kind}`;

export function setSessionCookie(
  c: Context<AppEnv>,
  token: string,
  maxAgeMs: number,
  kind: CookieKind = "session",
): void {
  const secure = secureCookie(c);
  setCookie(c, cookieName(secure, kind), token, {
    httpOnly: true,
    secure,
    sameSite: "Lax",
    path: "/",
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(c: Context<AppEnv>, kind: CookieKind = "session"): void {
  const secure = secureCookie(c);
  if (getCookie(c, cookieName(secure, kind)) === undefined) return;
  deleteCookie(c, cookieName(secure, kind), { httpOnly: true, secure, sameSite: "Lax", path: "/" });
}

const lifetimeOf = (session: Pick<Session, "scope" | "actor">): SessionLifetime =>
  sessionLifetimes[sessionKindOf(session)];

/** Starts a session of any kind (magic link, footer link, support view); its lifetime comes from the shared rule. */
export async function startSession(
  db: Db,
  subject: Subject,
  who: Pick<Session, "scope" | "actor">,
  now: Date,
): Promise<{ token: string; session: Session; maxAgeMs: number }> {
  const token = newToken();
  const at = now.toISOString();
  const lifetime = lifetimeOf(who);
  await db
    .insertInto("sessions")
    .values({
      id_hash: hashToken(token),
      subject_id: subject.id,
      scope: who.scope,
      actor: JSON.stringify(who.actor),
      created_at: at,
      last_seen_at: at,
      // The absolute limit, for sweeping; the idle limit is checked against last_seen_at.
      expires_at: new Date(now.getTime() + lifetime.absoluteMs).toISOString(),
    })
    .execute();
  const session: Session = { subject, ...who, createdAt: at, expiresAt: sessionExpiry(lifetime, at, at).toISOString() };
  return { token, session, maxAgeMs: lifetime.absoluteMs };
}

/**
 * The session a request acts in: an on-behalf view while one is open beside the console, else the session
 * cookie's. Staff endpoints ask for the cookie's own (`kind` "session") so the console works during a view.
 */
export async function currentSession(
  c: Context<AppEnv>,
  kind?: CookieKind,
  { touch = true, read }: { touch?: boolean; read?: SubjectRead<unknown> } = {},
): Promise<CurrentSession | null> {
  if (kind) return sessionOfCookie(c, kind, touch, read);
  const own = await sessionOfCookie(c, "session", touch, read);
  // A view lives only beside the console that opened it, and working in it keeps the console awake.
  if (own?.session.scope !== "staff") return own;
  return (await sessionOfCookie(c, "view", touch, read)) ?? own;
}

const sessionQuery = (db: Db, idHash: string, read: SubjectRead<unknown> | undefined) => {
  const session = db.selectFrom("sessions").innerJoin("subjects", "subjects.id", "sessions.subject_id");
  return (read ? (read.extend(session as unknown as FromSubjects) as unknown as typeof session) : session)
    .select([
      "sessions.scope",
      "sessions.actor",
      "sessions.created_at",
      "sessions.last_seen_at",
      "subjects.id",
      "subjects.email",
      "subjects.name",
      "subjects.phone",
      "subjects.locale",
      "subjects.jurisdiction",
    ])
    .where("sessions.id_hash", "=", idHash);
};

type SessionRows = (db: Db, idHash: string) => ReturnType<ReturnType<typeof sessionQuery>["execute"]>;
const sessionRowsByRead = new Map<string, SessionRows>();

/**
 * Every request but the public ones runs this, alone or joined with the handler's read: each compiled once
 * (precompiled.ts). One row per row of the read, each with the session's columns.
 */
function sessionRows(read: SubjectRead<unknown> | undefined): SessionRows {
  const key = read?.name ?? "";
  let rows = sessionRowsByRead.get(key);
  if (!rows)
    sessionRowsByRead.set(key, (rows = precompiled((db, idHash: string) => sessionQuery(db, idHash, read), 1)));
  return rows;
}

/** The session one cookie names, if it is still alive; refreshes its idle timer unless told not to. */
async function sessionOfCookie(
  c: Context<AppEnv>,
  kind: CookieKind,
  touch: boolean,
  read: SubjectRead<unknown> | undefined,
): Promise<CurrentSession | null> {
  const token = getCookie(c, cookieName(secureCookie(c), kind));
  if (!token || token.length > 200) return null;
  const { db, now: clock } = c.get("deps");
  const idHash = hashToken(token);
  const rows = await sessionRows(read)(db, idHash);
  const [row] = rows;
  if (!row) return null;
  const now = clock();
  const who = { scope: row.scope as Session["scope"], actor: toSessionActor(row.actor) };
  const lifetime = lifetimeOf(who);
  const expiry = sessionExpiry(lifetime, row.created_at, row.last_seen_at);
  if (expiry <= now) {
    const deleted = await db.deleteFrom("sessions").where("id_hash", "=", idHash).executeTakeFirst();
    // The first request to find a view over closes it in the customer's history, as of when it ran out.
    if (Number(deleted.numDeletedRows) > 0 && who.actor.kind === "support" && kind === "view")
      await recordActivity(
        db,
        row.id,
        supportViewEnded({ now: expiry, session: { ...who, createdAt: row.created_at } }, "expired"),
      );
    return null;
  }
  let lastSeen = row.last_seen_at;
  if (touch && shouldTouch(lastSeen, now)) {
    lastSeen = now.toISOString();
    await db.updateTable("sessions").set({ last_seen_at: lastSeen }).where("id_hash", "=", idHash).execute();
  }
  const subject: Subject = {
    id: row.id,
    email: row.email,
    ...(row.phone ? { phone: row.phone } : {}),
    name: row.name,
    locale: row.locale as Subject["locale"],
    jurisdiction: row.jurisdiction as Subject["jurisdiction"],
  };
  return {
    idHash,
    absoluteExpiresAt: sessionEnds(lifetime, row.created_at, lastSeen).absoluteExpiresAt,
    session: {
      subject,
      ...who,
      createdAt: row.created_at,
      expiresAt: sessionExpiry(lifetime, row.created_at, lastSeen).toISOString(),
    },
    ...(read ? { prefetched: { read, rows } } : {}),
  };
}

export async function endSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
}

export async function endOtherSessions(db: Db, subjectId: string, keepIdHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("subject_id", "=", subjectId).where("id_hash", "!=", keepIdHash).execute();
}
