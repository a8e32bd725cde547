import type { Context } from "hono";
import type { FooterSession } from "../../src/api/contract/footer-links.ts";
import { sessionStarted } from "../../src/api/commands/session-events.ts";
import { mintFooterLink } from "../../src/api/rules/footer-links.ts";
import { endSession, setSessionCookie, startSession, type CurrentSession } from "../auth/sessions.ts";
import type { Db } from "../db/schema.ts";
import type { AppDeps, AppEnv } from "../deps.ts";
import { HttpError } from "../http/errors.ts";
import type { Handlers } from "../http/routes.ts";
import { resolveFooterLink } from "../links/resolve.ts";
import { recordActivity } from "./activity.ts";
import { appOrigin, findSubject } from "./auth.ts";
import { assertDevelopment } from "./dev.ts";

/**
 * A person opened their footer link: a preferences-only session, its cookie and a "signed in" history line; no
 * preference changes. Only a POST gets here (the page's own, or its form's), so a mail scanner's GET opens nothing.
 */
export async function openFooterSession({
  c,
  deps,
  db,
  token,
  now,
  current,
}: {
  c: Context<AppEnv>;
  deps: AppDeps;
  db: Db;
  token: string;
  now: Date;
  current: CurrentSession | null;
}): Promise<FooterSession> {
  const { subject, target } = await resolveFooterLink(db, deps.linkSecrets, token, now);
  // A full session for the same person is worth more than a preferences-only one; keep it.
  const same = current?.session.subject.id === subject.id;
  if (same && current?.session.scope === "full" && current.session.actor.kind === "customer")
    return { session: current.session, target };
  if (current) await endSession(db, current.idHash);
  const started = await startSession(db, subject, { scope: "preferences", actor: { kind: "customer" } }, now);
  setSessionCookie(c, started.token, started.maxAgeMs);
  await recordActivity(db, subject.id, sessionStarted({ now, session: started.session }));
  return { session: started.session, target };
}

export const footerLinkHandlers: Pick<Handlers, "startFooterSession" | "devMintFooterLink"> = {
  startFooterSession: ({ c, deps, db, body, now, current }) =>
    openFooterSession({ c, deps, db, token: body.token, now, current }),

  async devMintFooterLink({ c, deps, db, body, now }) {
    assertDevelopment(deps);
    const subject = await findSubject(db, { email: body.email.toLowerCase() });
    if (!subject) throw new HttpError("not_found", "No customer has this address.");
    const { email: _email, ...link } = body;
    return mintFooterLink(appOrigin(c, deps), deps.linkSecrets[0]!, { subjectId: subject.id, ...link }, now);
  },
};
