import { sessionStarted } from "../../src/api/commands/session-events.ts";
import { cloneAddress, cloneCustomer } from "../../src/api/seed/clone-customer.ts";
import { demoCustomers } from "../../src/api/seed/demo-customers.ts";
import { setSessionCookie, startSession } from "../auth/sessions.ts";
import { insertCustomer } from "../db/seed.ts";
import type { AppDeps } from "../deps.ts";
import { HttpError, notFound } from "../http/errors.ts";
import type { Handlers } from "../http/routes.ts";
import { listOutbox } from "../mail/outbox.ts";
import { recordActivity } from "./activity.ts";
import { findSubject } from "./auth.ts";

/**
 * Only where the dev outbox is (loopback, or turned on; never in production): each of these signs anyone in as
 * anyone, so elsewhere they do not exist, like any unknown route.
 */
function assertDevelopment(deps: AppDeps): void {
  if (!deps.devOutbox) throw notFound();
}

export const devHandlers: Pick<Handlers, "listDevOutbox" | "devCreateSubject" | "devStartSession"> = {
  async listDevOutbox({ deps, db }) {
    assertDevelopment(deps);
    return { messages: await listOutbox(db) };
  },

  async devCreateSubject({ deps, db, body, now }) {
    assertDevelopment(deps);
    const template = demoCustomers(now).find((customer) => customer.subject.email === body.template.toLowerCase());
    if (!template) throw new HttpError("not_found", "No demo customer has this address.");
    const copy = cloneCustomer(template, cloneAddress(template.subject.email));
    await insertCustomer(db, copy, now);
    return { email: copy.subject.email };
  },

  async devStartSession({ c, deps, db, body, now }) {
    assertDevelopment(deps);
    const subject = await findSubject(db, { email: body.email.toLowerCase() });
    if (!subject) throw new HttpError("not_found", "No customer has this address.");
    const { token, session, maxAgeMs } = await startSession(db, subject, { scope: body.scope, actor: body.actor }, now);
    setSessionCookie(c, token, maxAgeMs);
    await recordActivity(db, subject.id, sessionStarted({ now, session }));
    return { session };
  },
};
