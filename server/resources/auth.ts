import type { Context } from "hono";
import { normalizeEmailAddress } from "../../src/api/contract/email-address.ts";
import type { Subject } from "../../src/api/contract/subject.ts";
import { renderMagicLinkEmail } from "../../src/api/email/magic-link-email.ts";
import { consumeMagicLink, issueMagicLink } from "../auth/magic-links.ts";
import { hit } from "../auth/rate-limit.ts";
import {
  clearSessionCookie,
  currentSession,
  endOtherSessions,
  endSession,
  setSessionCookie,
  startSession,
  type CurrentSession,
} from "../auth/sessions.ts";
import { isStaffRole, signInSessionOf } from "../../src/api/rules/support.ts";
import { closeView } from "../auth/support-view.ts";
import { appends } from "../../src/api/commands/command.ts";
import { appendRows } from "../db/rows.ts";
import { hashToken } from "../auth/tokens.ts";
import type { QueryCreator } from "kysely";
import { guardOf } from "../db/guard.ts";
import type { Database, Db } from "../db/schema.ts";
import type { AppDeps, AppEnv } from "../deps.ts";
import { HttpError } from "../http/errors.ts";
import { clientIp } from "../http/request-context.ts";
import { isHttps } from "../http/security-headers.ts";
import type { Handlers } from "../http/routes.ts";
import { sessionEnded, sessionStarted } from "../../src/api/commands/session-events.ts";
import { errorFields, logLine } from "../logging/json-lines.ts";
import { recordActivity } from "./activity.ts";

/** PUBLIC_URL in production (required there); in development the origin the person used, Vite's or ours. */
export function appOrigin(c: Context<AppEnv>, deps: AppDeps): string {
  if (deps.publicUrl) return deps.publicUrl;
  const scheme = isHttps(c.req.url, c.req.header("x-forwarded-proto")) ? "https" : "http";
  return `${scheme}://${c.req.header("host") ?? new URL(c.req.url).host}`;
}

export async function findSubject(db: Db, where: { email: string } | { id: string }): Promise<Subject | null> {
  return (await findAccount(db, where))?.subject ?? null;
}

/** A subject with its role: "customer", or a staff role. */
export async function findAccount(
  db: Db,
  where: { email: string } | { id: string },
): Promise<{ subject: Subject; role: string } | null> {
  const query = db.selectFrom("subjects").select(["id", "email", "name", "phone", "locale", "jurisdiction", "role"]);
  const row = await (
    "email" in where ? query.where("email", "=", where.email) : query.where("id", "=", where.id)
  ).executeTakeFirst();
  if (!row) return null;
  const { phone, role, ...rest } = row;
  return { subject: { ...rest, ...(phone ? { phone } : {}) } as Subject, role };
}

/**
 * Ends what this browser is signed in with: an open on-behalf view (recorded as closed in the customer's
 * history) and the session cookie's session, a staff console's included.
 */
async function endBrowserSessions(
  c: Context<AppEnv>,
  db: Db,
  current: CurrentSession | null,
  now: Date,
  record = true,
) {
  await closeView(c, db, now);
  const own = current?.session.actor.kind === "support" ? await currentSession(c, "session") : current;
  clearSessionCookie(c);
  if (!own) return;
  await endSession(db, own.idHash);
  if (record && own.session.scope !== "staff")
    await recordActivity(db, own.session.subject.id, sessionEnded({ now, session: own.session }, false));
}

/** Issues a link for a known address and emails it. */
async function sendSignInLink(
  c: Context<AppEnv>,
  deps: AppDeps,
  db: Db,
  subject: Subject,
  redirectTo: string | null,
  now: Date,
): Promise<void> {
  const token = await issueMagicLink(db, subject.id, redirectTo, now, deps.limits.magicLinkTtlMs);
  // The token rides in the fragment: it never reaches a server log, a proxy or a Referer header.
  const link = `${appOrigin(c, deps)}/auth/confirm#token=${token}`;
  const minutes = Math.round(deps.limits.magicLinkTtlMs / 60_000);
  const message = renderMagicLinkEmail({ locale: subject.locale, link, company: deps.config.company.name, minutes });
  await deps.mailer.send({
    to: subject.email,
    ...message,
    link,
    locale: subject.locale,
    requestId: c.get("requestId"),
  });
}

const deleteSession = (qc: QueryCreator<Database>, idHash: string) =>
  qc.deleteFrom("sessions").where("id_hash", "=", idHash).returning("id_hash");

export const authHandlers: Pick<
  Handlers,
  "requestMagicLink" | "createSession" | "getSession" | "getSessionExpiry" | "signOut" | "signOutEverywhere"
> = {
  /**
   * The limits are counted before the address is looked up and keyed by a hash of what was typed, so a known
   * and an unknown address meet them identically and the answer never says which one it was.
   */
  async requestMagicLink({ c, deps, db, body, now }) {
    // The schema let only addresses through, so this is never null.
    const email = normalizeEmailAddress(body.email)!;
    const perIp = await hit(db, `magic-link:ip:${clientIp(c)}`, deps.limits.magicLinkPerIp, now);
    const perAddress = await hit(db, `magic-link:address:${hashToken(email)}`, deps.limits.magicLinkPerAddress, now);
    const blocked = [perIp, perAddress].filter((outcome) => !outcome.allowed);
    if (blocked.length > 0) {
      const retryAfter = Math.max(...blocked.map((outcome) => outcome.retryAfter));
      throw new HttpError("rate_limited", "Too many sign-in links were asked for. Please wait and try again.", {
        retryAfter,
      });
    }
    const subject = await findSubject(db, { email });
    // From here on only a known address has work to do, so nothing that happens may change the answer: a failure
    // is logged, and the person is told what an unknown address is told.
    if (subject)
      await sendSignInLink(c, deps, db, subject, body.redirectTo ?? null, now).catch((error: unknown) =>
        logLine(deps.log, "error", "sign_in_link_failed", { requestId: c.get("requestId"), ...errorFields(error) }),
      );
    return { status: "sent" as const };
  },

  async createSession({ c, db, body, now, current }) {
    const consumed = await consumeMagicLink(db, body.token, now);
    if (!consumed)
      throw new HttpError("token_invalid", "This sign-in link has expired or was already used. Ask for a new one.");
    const account = await findAccount(db, { id: consumed.subjectId });
    if (!account) throw new HttpError("token_invalid", "This sign-in link no longer works. Ask for a new one.");
    // Whoever was signed in on this browser before is signed out, rather than left with a live session behind a replaced cookie.
    await endBrowserSessions(c, db, current, now, false);
    const { subject, role } = account;
    const { token, session, maxAgeMs } = await startSession(db, subject, signInSessionOf(subject, role), now);
    setSessionCookie(c, token, maxAgeMs);
    if (!isStaffRole(role)) await recordActivity(db, subject.id, sessionStarted({ now, session }));
    // A console has no deep links of its own to return to.
    return { session, redirectTo: isStaffRole(role) ? null : consumed.redirectTo };
  },

  async getSession({ current }) {
    return { session: current?.session ?? null };
  },

  async getSessionExpiry({ current }) {
    if (!current) return { expiry: null };
    return { expiry: { expiresAt: current.session.expiresAt, absoluteExpiresAt: current.absoluteExpiresAt } };
  },

  async signOut({ c, db, current, now }) {
    await endBrowserSessions(c, db, current, now);
  },

  async signOutEverywhere({ c, db, current, now, stage }) {
    const subjectId = current.session.subject.id;
    clearSessionCookie(c);
    // The others first: should anything fail after this, this browser is still signed in and can try again.
    await endOtherSessions(db, subjectId, current.idHash);
    stage({
      guard: guardOf(deleteSession, current.idHash),
      appends: appendRows(subjectId, appends({ activity: [sessionEnded({ now, session: current.session }, true)] })),
      onMiss: async () => {
        throw new HttpError("unauthorized", "Please sign in to continue.");
      },
    });
  },
};
