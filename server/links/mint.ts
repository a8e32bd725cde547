import type { FooterLinks } from "../../src/api/contract/footer-links.ts";
import type { OperatorConfig } from "../../src/api/contract/operator-config.ts";
import { preferenceCatalog } from "../../src/api/rules/catalog.ts";
import { checkFooterTarget, mintFooterLink, type UnsubscribeTarget } from "../../src/api/rules/footer-links.ts";
import type { Db } from "../db/schema.ts";
import { findSubject } from "../resources/auth.ts";

export interface MintRequest extends UnsubscribeTarget {
  expiresInSeconds?: number | undefined;
}

export interface Minter {
  db: Db;
  config: OperatorConfig;
  /** The signing key (the first of LINK_SIGNING_SECRET). */
  secret: string;
  /** PUBLIC_URL: where the links point. */
  origin: string;
  now: Date;
}

/** The links for one person, by address or subject id; null when nobody has it (the caller says so per entry). */
export async function mintLinksFor(
  minter: Minter,
  who: { email: string } | { id: string },
  request: MintRequest,
): Promise<(FooterLinks & { subjectId: string; email: string }) | null> {
  checkFooterTarget(request, preferenceCatalog(minter.config));
  const subject = await findSubject(minter.db, "email" in who ? { email: who.email.toLowerCase() } : who);
  if (!subject) return null;
  const { token: _token, ...links } = await mintFooterLink(
    minter.origin,
    minter.secret,
    { subjectId: subject.id, ...request },
    minter.now,
  );
  return { subjectId: subject.id, email: subject.email, ...links };
}
