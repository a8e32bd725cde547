import type { FooterTarget } from "../../src/api/contract/footer-links.ts";
import type { Subject } from "../../src/api/contract/subject.ts";
import { footerLinkRefusals, type FooterLinkRefusal } from "../../src/api/rules/footer-links.ts";
import { verifyFooterToken } from "../../src/api/rules/footer-token.ts";
import type { Db } from "../db/schema.ts";
import { HttpError } from "../http/errors.ts";
import { findSubject } from "../resources/auth.ts";

export class FooterLinkError extends HttpError {
  readonly reason: FooterLinkRefusal;
  constructor(reason: FooterLinkRefusal) {
    super("token_invalid", footerLinkRefusals[reason]);
    this.reason = reason;
  }
}

/** The subject and what a footer link names, or a 400 saying why it cannot be used. */
export async function resolveFooterLink(
  db: Db,
  secrets: readonly string[],
  token: string,
  now: Date,
): Promise<{ subject: Subject; target: FooterTarget }> {
  const check = await verifyFooterToken(token, secrets, now);
  if (!check.ok) throw new FooterLinkError(check.reason);
  const subject = await findSubject(db, { id: check.claims.subjectId });
  if (!subject) throw new FooterLinkError("unknown");
  const { topicId, channelId } = check.claims;
  return {
    subject,
    target: { ...(topicId !== undefined ? { topicId } : {}), ...(channelId !== undefined ? { channelId } : {}) },
  };
}
