import type { Preferences } from "../contract/preferences.ts";
import { unsubscribeChanges, type UnsubscribeTarget } from "../rules/footer-links.ts";
import type { PreferenceCatalog } from "../rules/preferences.ts";
import type { Outcome } from "./command.ts";
import { updatePreferences } from "./update-preferences.ts";

/** Nobody signs in for an RFC 8058 POST: the link itself speaks for the subject, and history says it was one click. */
const oneClickSession = { scope: "preferences", actor: { kind: "customer" } } as const;

/**
 * RFC 8058 one-click: the preference command, run on the current version with what the link names. Null when it is
 * all off already, so a repeated POST writes nothing.
 */
export function oneClickUnsubscribe(
  state: Preferences,
  target: UnsubscribeTarget,
  env: { now: Date; catalog: PreferenceCatalog },
): Outcome<Preferences> | null {
  const changes = unsubscribeChanges(state, target, env.catalog);
  if (changes.length === 0) return null;
  return updatePreferences(
    state,
    { baseVersion: state.version, changes },
    { ...env, session: { ...oneClickSession, createdAt: env.now.toISOString() }, via: "one_click" },
  );
}
