import { sessionStarted } from "../../src/api/commands/session-events.ts";
import { mintFooterLink } from "../../src/api/rules/footer-links.ts";
import { endSession, setSessionCookie, startSession } from "../auth/sessions.ts";
import { HttpError } from "../http/errors.ts";
import type { Handlers } from "../http/routes.ts";
import { resolveFooterLink } from "../links/resolve.ts";
import { recordActivity } from "./activity.ts";
import { appOrigin, findSubject } from "./auth.ts";
import { assertDevelopment } from "./dev.ts";

export const footerLinkHandlers: Pick<Handlers, "startFooterSession" | "devMintFooterLink"> = {
  /** Only a page's POST gets here, so a mail scanner fetching the link opens nothing. */
  async startFooterSession({ c, deps, db, body, now, current }) {
    const { subject, target } = await resolveFooterLink(db, deps.linkSecrets, body.token, now);
    // A full session for the same person is worth more than a preferences-only one; keep it.
    const same = current?.session.subject.id === subject.id;
    if (same && current?.session.scope === "full" && current.session.actor.kind === "customer")
      return { session: current.session, target };
    if (current) await endSession(db, current.idHash);
    const started = await startSession(db, subject, { scope: "preferences", actor: { kind: "customer" } }, now);
    setSessionCookie(c, started.token, started.maxAgeMs);
    await recordActivity(db, subject.id, sessionStarted({ now, session: started.session }));
    return { session: started.session, target };
  },

  async devMintFooterLink({ c, deps, db, body, now }) {
    assertDevelopment(deps);
    const subject = await findSubject(db, { email: body.email.toLowerCase() });
    if (!subject) throw new HttpError("not_found", "No customer has this address.");
    const { email: _email, ...link } = body;
    return mintFooterLink(appOrigin(c, deps), deps.linkSecrets[0]!, { subjectId: subject.id, ...link }, now);
  },
};
