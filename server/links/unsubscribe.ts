import { setTimeout as sleep } from "node:timers/promises";
import { oneClickUnsubscribe } from "../../src/api/commands/one-click-unsubscribe.ts";
import type { FooterTarget } from "../../src/api/contract/footer-links.ts";
import type { Subject } from "../../src/api/contract/subject.ts";
import { preferenceCatalog } from "../../src/api/rules/catalog.ts";
import { RuleError } from "../../src/api/rules/rule-error.ts";
import { commitGuarded } from "../db/guarded-write.ts";
import { appendRows } from "../db/rows.ts";
import type { AppDeps } from "../deps.ts";
import { HttpError, fromRuleError } from "../http/errors.ts";
import { loadPreferences, savePreferences } from "../resources/preferences.ts";

/** Enough for a burst of one-click POSTs for one person (a mail app unsubscribing several lists at once). */
const maxAttempts = 50;

/**
 * A mail app cannot resolve a version conflict, so the server does: reload, rerun the command on the fresh
 * state, and write again, until it lands or there is nothing left to change. The subject is the one the link
 * resolved to a moment before (resolveFooterLink), not looked up again.
 */
export async function unsubscribeByLink(
  deps: Pick<AppDeps, "db" | "dialect" | "config" | "now">,
  subject: Subject,
  target: FooterTarget,
): Promise<"changed" | "unchanged"> {
  const catalog = preferenceCatalog(deps.config);
  const subjectId = subject.id;
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    const { preferences, stored } = await loadPreferences(deps.db, subject, deps.config);
    let outcome;
    try {
      outcome = oneClickUnsubscribe(preferences, target, { now: deps.now(), catalog });
    } catch (error) {
      throw error instanceof RuleError ? fromRuleError(error) : error;
    }
    if (!outcome) return "unchanged";
    const wrote = await commitGuarded(deps.db, deps.dialect, {
      guard: savePreferences(subjectId, outcome.next, preferences.version, stored),
      appends: appendRows(subjectId, outcome.appends),
    });
    if (wrote) return "changed";
    // Spread the retries out so a burst does not collide again in lockstep.
    await sleep(Math.random() * 5 * (attempt + 1));
  }
  throw new HttpError("conflict", "Your preferences are changing too fast to save this now. Please try again.", {
    status: 503,
  });
}
