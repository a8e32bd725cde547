import type { Jurisdiction } from "../contract/common.ts";
import type { Session, SessionActor, StaffRole } from "../contract/session.ts";
import { normalizeEmailAddress } from "../contract/email-address.ts";
import { supportReasonSchema } from "../contract/support.ts";
import type { Endpoint } from "../endpoints.ts";
import { forbidden, invalidField } from "./rule-error.ts";

/** How a search names one customer: an exact address or an exact number, never a fragment. */
export type CustomerLookup = { email: string } | { phone: string };

/** Country calling codes for numbers written the national way, per jurisdiction; EU numbers need their own +code. */
const callingCodes: Partial<Record<Jurisdiction, string>> = { BR: "55", "US-CA": "1", TW: "886" };

/**
 * A phone number as E.164 ("+5511987654321"): international numbers (+ or 00) keep their code; a national one
 * (leading trunk 0 dropped) takes the jurisdiction's code. Null when it cannot be made international.
 */
export function normalisePhone(raw: string, jurisdiction?: Jurisdiction): string | null {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/\D/g, "");
  if (trimmed.startsWith("+")) return digits.length >= 8 ? `+${digits}` : null;
  if (digits.startsWith("00")) return digits.length >= 10 ? `+${digits.slice(2)}` : null;
  const code = jurisdiction ? callingCodes[jurisdiction] : undefined;
  if (!code || digits.length < 7) return null;
  return `+${code}${digits.replace(/^0/, "")}`;
}

/** What the agent typed, as one exact look-up; anything else is a field error on `query`. */
export function customerLookup(query: string): CustomerLookup {
  const trimmed = query.trim();
  if (trimmed.includes("@")) {
    const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) ? normalizeEmailAddress(trimmed) : null;
    if (!email) throw invalidField("query", "Type the customer's whole email address.");
    return { email };
  }
  const phone = normalisePhone(trimmed);
  if (!phone) throw invalidField("query", "Type a whole email address, or a phone number with its country code (+…).");
  return { phone };
}

/** a•••@example.com: enough to confirm with the caller, too little to learn the address from the console. */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}•••@${domain}`;
}

export const isStaffRole = (role: string): role is StaffRole => role === "support" || role === "support_lead";

/** Only a lead may act on a customer's behalf; any staff member may look. */
export function assertMayOpen(role: StaffRole, mode: "read_only" | "act"): void {
  if (mode === "act" && role !== "support_lead")
    throw forbidden("Acting on a customer's behalf needs the support lead role.");
}

/** The support actor of a view an agent opens, from the staff session and what they gave. */
export function onBehalfActor(
  staff: Extract<SessionActor, { kind: "staff" }>,
  open: { reason: string; ticket?: string | undefined; mode: "read_only" | "act" },
): Extract<SessionActor, { kind: "support" }> {
  const ticket = open.ticket?.trim();
  return {
    kind: "support",
    agentName: staff.name,
    reason: open.reason,
    mode: open.mode,
    ...(ticket ? { ticket } : {}),
  };
}

/** The staff actor of a console session, or null for any other session. */
export function staffActorOf(session: Pick<Session, "actor"> | null | undefined) {
  return session?.actor.kind === "staff" ? session.actor : null;
}

/**
 * The session a write on a customer's behalf runs as: an acting agent must say why for each change, and that
 * reason (not the one the view was opened with) is what the customer's history shows for it.
 */
export function withChangeReason<S extends Pick<Session, "scope" | "actor">>(
  session: S,
  endpoint: Pick<Endpoint, "method" | "auth">,
  reason: string | undefined,
): S {
  if (session.actor.kind !== "support" || endpoint.method === "GET" || endpoint.auth === "none") return session;
  if (session.actor.mode !== "act") return session;
  const parsed = supportReasonSchema.safeParse(reason ?? "");
  if (!parsed.success)
    throw invalidField("reason", "Say why you are making this change for the customer (at least 10 characters).");
  return { ...session, actor: { ...session.actor, reason: parsed.data } };
}

/** What a magic link opens for an account: a staff role gets the support console, a customer their privacy center. */
export function signInSessionOf(subject: { name: string }, role: string): Pick<Session, "scope" | "actor"> {
  if (isStaffRole(role)) return { scope: "staff", actor: { kind: "staff", name: subject.name, role } };
  return { scope: "full", actor: { kind: "customer" } };
}
