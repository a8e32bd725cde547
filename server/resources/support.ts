import { sessionStarted } from "../../src/api/commands/session-events.ts";
import type { CustomerMatch } from "../../src/api/contract/support.ts";
import { assertMayOpen, customerLookup, maskEmail, onBehalfActor, staffActorOf } from "../../src/api/rules/support.ts";
import { setSessionCookie, startSession } from "../auth/sessions.ts";
import { closeView } from "../auth/support-view.ts";
import { HttpError } from "../http/errors.ts";
import type { Handlers } from "../http/routes.ts";
import { recordActivity } from "./activity.ts";
import { findAccount } from "./auth.ts";

/** How many people may share one phone number before the agent is asked for the email instead. */
const maxMatches = 5;

export const supportHandlers: Pick<Handlers, "searchCustomers" | "openSupportView" | "closeSupportView"> = {
  async searchCustomers({ db, body }) {
    const lookup = customerLookup(body.query);
    const query = db
      .selectFrom("subjects")
      .select(["id", "name", "email", "jurisdiction"])
      // Staff are never found: only data subjects can be opened.
      .where("role", "=", "customer");
    const rows = await (
      "email" in lookup ? query.where("email", "=", lookup.email) : query.where("phone_e164", "=", lookup.phone)
    )
      .orderBy("created_at")
      .orderBy("id")
      .limit(maxMatches)
      .execute();
    const customers = rows.map((row): CustomerMatch => ({
      customerId: row.id,
      name: row.name,
      maskedEmail: maskEmail(row.email),
      jurisdiction: row.jurisdiction as CustomerMatch["jurisdiction"],
    }));
    return { customers };
  },

  async openSupportView({ c, db, body, now, current }) {
    const staff = staffActorOf(current.session);
    if (!staff) throw new HttpError("forbidden", "This is for support staff only.");
    assertMayOpen(staff.role, body.mode);
    const account = await findAccount(db, { id: body.customerId });
    // Another staff member reads exactly like nobody: the console cannot be used to look at colleagues.
    if (!account || account.role !== "customer") throw new HttpError("not_found", "No customer has this id.");
    await closeView(c, db, now);
    const who = { scope: "full" as const, actor: onBehalfActor(staff, body) };
    const { token, session, maxAgeMs } = await startSession(db, account.subject, who, now);
    setSessionCookie(c, token, maxAgeMs, "view");
    await recordActivity(db, account.subject.id, sessionStarted({ now, session }));
    return { session };
  },

  async closeSupportView({ c, db, now }) {
    await closeView(c, db, now);
  },
};
