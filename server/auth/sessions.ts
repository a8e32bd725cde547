import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Session } from "../../src/api/contract/session.ts";
import type { Subject } from "../../src/api/contract/subject.ts";
import type { Db } from "../db/schema.ts";
import type { AppEnv, Limits } from "../deps.ts";
import { isHttps } from "../http/security-headers.ts";
import { hashToken, newToken } from "./tokens.ts";

export interface CurrentSession {
  idHash: string;
  session: Session;
}

const localHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);
// Refreshing last-seen on every request would turn every read into a write; a minute's slack on a 30-minute idle limit is harmless.
const touchEveryMs = 60_000;

/** Secure everywhere except plain http on this machine, where browsers would drop a Secure cookie. */
function secureCookie(c: Context<AppEnv>): boolean {
  if (isHttps(c.req.url, c.req.header("x-forwarded-proto"))) return true;
  return !localHosts.has(new URL(c.req.url).hostname);
}

/** The __Host- prefix pins the cookie to this host and path; browsers only allow it on Secure cookies. */
const cookieName = (secure: boolean) => (secure ? "__Host-candor_session" : "candor_session");

export function setSessionCookie(c: Context<AppEnv>, token: string, maxAgeMs: number): void {
  const secure = secureCookie(c);
  setCookie(c, cookieName(secure), token, {
    httpOnly: true,
    secure,
    sameSite: "Lax",
    path: "/",
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  const secure = secureCookie(c);
  deleteCookie(c, cookieName(secure), { httpOnly: true, secure, sameSite: "Lax", path: "/" });
}

function expiry(createdAt: string, lastSeenAt: string, limits: Limits): Date {
  const absolute = new Date(createdAt).getTime() + limits.sessionAbsoluteMs;
  const idle = new Date(lastSeenAt).getTime() + limits.sessionIdleMs;
  return new Date(Math.min(absolute, idle));
}

export async function startSession(
  db: Db,
  subjectId: string,
  now: Date,
  limits: Limits,
): Promise<{ token: string; idHash: string }> {
  const token = newToken();
  const idHash = hashToken(token);
  const at = now.toISOString();
  await db
    .insertInto("sessions")
    .values({
      id_hash: idHash,
      subject_id: subjectId,
      scope: "full",
      actor: JSON.stringify({ kind: "customer" }),
      created_at: at,
      last_seen_at: at,
      // The absolute limit, for sweeping; the idle limit is checked against last_seen_at.
      expires_at: new Date(now.getTime() + limits.sessionAbsoluteMs).toISOString(),
    })
    .execute();
  return { token, idHash };
}

/** The session the cookie names, if it is still alive; refreshes its idle timer. */
export async function currentSession(c: Context<AppEnv>): Promise<CurrentSession | null> {
  const token = getCookie(c, cookieName(secureCookie(c)));
  if (!token || token.length > 200) return null;
  const { db, now: clock, limits } = c.get("deps");
  const idHash = hashToken(token);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("subjects", "subjects.id", "sessions.subject_id")
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
    .where("sessions.id_hash", "=", idHash)
    .executeTakeFirst();
  if (!row) return null;
  const now = clock();
  if (expiry(row.created_at, row.last_seen_at, limits) <= now) {
    await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
    return null;
  }
  let lastSeen = row.last_seen_at;
  if (now.getTime() - new Date(lastSeen).getTime() >= touchEveryMs) {
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
    session: {
      subject,
      scope: row.scope as Session["scope"],
      actor: JSON.parse(row.actor) as Session["actor"],
      createdAt: row.created_at,
      expiresAt: expiry(row.created_at, lastSeen, limits).toISOString(),
    },
  };
}

export async function endSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
}

export async function endAllSessions(db: Db, subjectId: string): Promise<void> {
  await db.deleteFrom("sessions").where("subject_id", "=", subjectId).execute();
}
