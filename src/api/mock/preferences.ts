import type { Preferences, PreferencesUpdate } from "../contract/preferences.ts";
import { preferencesUpdateSchema } from "../contract/preferences.ts";
import { endpoints } from "../endpoints.ts";
import type { WriteOptions } from "../privacy-api.ts";
import { actorOf } from "../rules/activity.ts";
import { applyDescribedPreferenceChanges } from "../rules/preferences.ts";
import { assertVersion } from "../rules/versions.ts";
import { appendEvent } from "./activity.ts";
import { authenticate, type MockContext } from "./context.ts";
import { parseInput, parseOutput } from "./errors.ts";
import { idempotent } from "./idempotency.ts";

export async function getPreferences(ctx: MockContext): Promise<Preferences> {
  const auth = await authenticate(ctx, "getPreferences");
  return parseOutput(endpoints.getPreferences.response, auth.customer.preferences);
}

export async function updatePreferences(
  ctx: MockContext,
  raw: PreferencesUpdate,
  options?: WriteOptions,
): Promise<Preferences> {
  const auth = await authenticate(ctx, "updatePreferences");
  const input = parseInput(preferencesUpdateSchema, raw);
  const result = idempotent(auth, options, { op: "updatePreferences", input }, () => {
    const { customer } = auth;
    assertVersion(customer.preferences, input.baseVersion);
    // All or nothing: a rule error on any change leaves the stored state as it was.
    const { next, descriptions } = applyDescribedPreferenceChanges(customer.preferences, input.changes, ctx.catalog);
    const actor = actorOf(auth.session);
    for (const described of descriptions)
      appendEvent(customer, { at: auth.now, actor, action: "preferences_changed", ...described });
    customer.preferences = next;
    return next;
  });
  ctx.store.write(auth.state);
  return parseOutput(endpoints.updatePreferences.response, result);
}
