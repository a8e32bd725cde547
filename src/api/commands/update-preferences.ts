import type { Preferences, PreferencesUpdate } from "../contract/preferences.ts";
import { applyDescribedPreferenceChanges, type PreferenceCatalog } from "../rules/preferences.ts";
import { assertVersion } from "../rules/versions.ts";
import { appends, historyEvent, type CommandEnv, type Outcome } from "./command.ts";

/** All changes or none, on the version the client saw; each change is one line of history. */
export function updatePreferences(
  state: Preferences,
  input: PreferencesUpdate,
  env: CommandEnv & { catalog: PreferenceCatalog },
): Outcome<Preferences> {
  assertVersion(state, input.baseVersion);
  const { next, descriptions } = applyDescribedPreferenceChanges(state, input.changes, env.catalog);
  const activity = descriptions.map((described) => historyEvent(env, { action: "preferences_changed", ...described }));
  return { next, appends: appends({ activity }), response: next };
}
