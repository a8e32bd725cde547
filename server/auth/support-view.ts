import type { Context } from "hono";
import { supportViewEnded } from "../../src/api/commands/session-events.ts";
import type { Db } from "../db/schema.ts";
import type { AppEnv } from "../deps.ts";
import { recordActivity } from "../resources/activity.ts";
import { clearSessionCookie, currentSession, endSession } from "./sessions.ts";

/** Ends this browser's on-behalf view, if one is open, and says so in the customer's history. */
export async function closeView(c: Context<AppEnv>, db: Db, now: Date): Promise<void> {
  const view = await currentSession(c, "view");
  clearSessionCookie(c, "view");
  if (!view) return;
  await endSession(db, view.idHash);
  await recordActivity(db, view.session.subject.id, supportViewEnded({ now, session: view.session }, "stopped"));
}
