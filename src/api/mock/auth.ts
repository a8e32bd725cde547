import { normalizeEmailAddress } from "../contract/email-address.ts";
import { magicLinkRequestSchema, sessionCreateSchema } from "../contract/session.ts";
import { renderMagicLinkEmail } from "../email/magic-link-email.ts";
import { fixedWindow, magicLinkMinutes, magicLinksPerAddress, magicLinkTtlMs } from "../rules/sign-in-limits.ts";
import { endpoints } from "../endpoints.ts";
import { findStaffSession, sessionExpiresAt, sessionOf, tabSessionHash, type MockContext } from "./context.ts";
import { viewKey } from "./tab-keys.ts";
import { signInSessionOf } from "../rules/support.ts";
import { newId, randomToken } from "../rules/ids.ts";
import { sha256 } from "./crypto.ts";
import { apiError, parseInput, parseOutput } from "./errors.ts";
import { mintSession, startSession } from "./sessions.ts";
import type { MockState } from "./state.ts";

const outboxSize = 50;

/** A fixed window per address, as on the server; counted before any lookup, so known and unknown addresses match. */
function countAttempt(state: MockState, key: string, now: Date): void {
  const { windowStartMs: windowStart, retryAfter } = fixedWindow(magicLinksPerAddress, now);
  const entry = state.rateLimits[key];
  const count = entry && entry.windowStart === windowStart ? entry.count + 1 : 1;
  state.rateLimits = Object.fromEntries(
    // Only sign-in counters: the write limits' windows are of other lengths.
    Object.entries(state.rateLimits).filter(
      ([name, value]) => !name.startsWith("magic:") || value.windowStart === windowStart,
    ),
  );
  state.rateLimits[key] = { windowStart, count };
  if (count > magicLinksPerAddress.max)
    throw apiError("rate_limited", "Too many sign-in links were asked for this address. Please wait and try again.", {
      retryAfter,
    });
}

function dropSpent(state: MockState, now: Date): void {
  const at = now.toISOString();
  state.magicLinks = state.magicLinks.filter((link) => link.expiresAt > at && link.usedAt === null);
  state.sessions = state.sessions.filter((session) => sessionExpiresAt(session) > now);
}

export async function requestMagicLink(ctx: MockContext, input: unknown): Promise<void> {
  const { email, redirectTo } = parseInput(magicLinkRequestSchema, input);
  // The schema let only addresses through, so this is never null.
  const address = normalizeEmailAddress(email)!;
  // Hashed and minted for every address, so a known one takes no longer than an unknown one.
  const addressHash = await sha256(address);
  const token = randomToken();
  const tokenHash = await sha256(token);
  const state = ctx.store.read();
  const now = ctx.now();
  try {
    countAttempt(state, `magic:${addressHash}`, now);
  } finally {
    ctx.store.write(state);
  }
  dropSpent(state, now);
  const customer =
    state.subjects.find((candidate) => normalizeEmailAddress(candidate.subject.email) === address) ??
    state.staff.find((candidate) => normalizeEmailAddress(candidate.subject.email) === address);
  if (customer) {
    const at = now.toISOString();
    // Only the newest link works: every older unused one of this subject is spent now.
    for (const link of state.magicLinks) if (link.subjectId === customer.subject.id) link.usedAt = at;
    state.magicLinks.push({
      tokenHash,
      subjectId: customer.subject.id,
      redirectTo: redirectTo ?? null,
      createdAt: at,
      expiresAt: new Date(now.getTime() + magicLinkTtlMs).toISOString(),
      usedAt: null,
    });
    const link = `${ctx.appOrigin}/auth/confirm#token=${token}`;
    const mail = renderMagicLinkEmail({
      locale: customer.subject.locale,
      link,
      company: ctx.config.company.name,
      minutes: magicLinkMinutes,
    });
    state.outbox = [{ id: newId("msg"), to: customer.subject.email, ...mail, link, at }, ...state.outbox].slice(
      0,
      outboxSize,
    );
  }
  ctx.store.write(state);
  parseOutput(endpoints.requestMagicLink.response, { status: "sent" });
}

/** Only pressing the button on the confirm page spends a token; opening the link does nothing. */
export async function createSession(ctx: MockContext, token: unknown) {
  const input = parseInput(sessionCreateSchema, { token });
  const tokenHash = await sha256(input.token);
  const minted = { ...(await mintSession(ctx)), viewHash: await tabSessionHash(ctx, viewKey) };
  const state = ctx.store.read();
  const now = ctx.now();
  const link = state.magicLinks.find((candidate) => candidate.tokenHash === tokenHash);
  const customer = state.subjects.find((candidate) => candidate.subject.id === link?.subjectId);
  const member = state.staff.find((candidate) => candidate.subject.id === link?.subjectId);
  // Unknown, spent, replaced and expired links all get the same answer.
  if (!link || !(customer ?? member) || link.usedAt !== null || new Date(link.expiresAt) <= now)
    throw apiError(
      "token_invalid",
      "This sign-in link has expired or was already used. Ask for a new one; it only takes a moment.",
    );
  link.usedAt = now.toISOString();
  // Whoever was signed in on this tab before is signed out, an open on-behalf view with them.
  state.sessions = state.sessions.filter((session) => session.idHash !== minted.viewHash);
  ctx.tab.removeItem(viewKey);
  if (member) {
    const record = startSession(ctx, state, minted, member, signInSessionOf(member.subject, member.role), now);
    dropSpent(state, now);
    ctx.store.write(state);
    return parseOutput(endpoints.createSession.response, {
      session: findStaffSession(state, record.idHash, now)!.session,
      redirectTo: null,
    });
  }
  const record = startSession(ctx, state, minted, customer!, { scope: "full", actor: { kind: "customer" } }, now);
  dropSpent(state, now);
  ctx.store.write(state);
  return parseOutput(endpoints.createSession.response, {
    session: sessionOf(record, customer!),
    redirectTo: link.redirectTo,
  });
}
