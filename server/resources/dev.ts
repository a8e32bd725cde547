import { pastSignIns, sessionStarted } from "../../src/api/commands/session-events.ts";
import { cloneAddress, cloneCustomer } from "../../src/api/seed/clone-customer.ts";
import { demoSubjects } from "../../src/api/seed/demo-customers.ts";
import { setSessionCookie, startSession } from "../auth/sessions.ts";
import { activityRow } from "../db/rows.ts";
import { insertCustomer } from "../db/seed.ts";
import type { AppDeps } from "../deps.ts";
import { HttpError, notFound } from "../http/errors.ts";
import type { Handlers } from "../http/routes.ts";
import { listOutbox } from "../mail/outbox.ts";
import { retentionPass } from "../retention.ts";
import { recordActivity } from "./activity.ts";
import { findAccount } from "./auth.ts";
import { isStaffRole, signInSessionOf } from "../../src/api/rules/support.ts";

/**
 * Only where the dev outbox is (loopback, or turned on; never in production): each of these signs anyone in as
 * anyone, so elsewhere they do not exist, like any unknown route.
 */
export function assertDevelopment(deps: AppDeps): void {
  if (!deps.devOutbox) throw notFound();
}

export const devHandlers: Pick<
  Handlers,
  "listDevOutbox" | "devCreateSubject" | "devStartSession" | "devRunRetention" | "devAddHistory"
> = {
  async devAddHistory({ deps, db, body, now }) {
    assertDevelopment(deps);
    const account = await findAccount(db, { email: body.email.toLowerCase() });
    if (!account || isStaffRole(account.role)) throw new HttpError("not_found", "No customer has this address.");
    const rows = pastSignIns(now, body.count).map((event) => activityRow(account.subject.id, event));
    await db.insertInto("activity").values(rows).execute();
  },

  async devRunRetention({ deps, db, now }) {
    assertDevelopment(deps);
    await retentionPass(db, now, deps.config.purposes);
  },

  async listDevOutbox({ deps, db }) {
    assertDevelopment(deps);
    return { messages: await listOutbox(db) };
  },

  async devCreateSubject({ deps, db, body, now }) {
    assertDevelopment(deps);
    const template = demoSubjects(now).find((customer) => customer.subject.email === body.template.toLowerCase());
    if (!template) throw new HttpError("not_found", "No demo customer has this address.");
    const copy = cloneCustomer(template, cloneAddress(template.subject.email));
    await insertCustomer(db, copy, now);
    // The copy's story includes what the retention job did to the template's data by now.
    await retentionPass(db, now, deps.config.purposes);
    return { email: copy.subject.email };
  },

  async devStartSession({ c, deps, db, body, now }) {
    assertDevelopment(deps);
    const account = await findAccount(db, { email: body.email.toLowerCase() });
    const staff = body.scope === "staff";
    // A staff console for a staff address only, a customer's session for a customer's only.
    if (!account || isStaffRole(account.role) !== staff)
      throw new HttpError("not_found", staff ? "No staff member has this address." : "No customer has this address.");
    const startedAt = new Date(now.getTime() - body.ageMinutes * 60_000);
    const who = staff ? signInSessionOf(account.subject, account.role) : { scope: body.scope, actor: body.actor };
    const { token, session, maxAgeMs } = await startSession(db, account.subject, who, startedAt);
    setSessionCookie(c, token, maxAgeMs);
    if (!staff) await recordActivity(db, account.subject.id, sessionStarted({ now: startedAt, session }));
    return { session };
  },
};
