import type { Preferences, PreferencesUpdate } from "../contract/preferences.ts";
import { preferencesUpdateSchema } from "../contract/preferences.ts";
import { endpoints } from "../endpoints.ts";
import type { WriteOptions } from "../privacy-api.ts";
import { actorOf, describePreferenceChange } from "../rules/activity.ts";
import { applyPreferenceChanges } from "../rules/preferences.ts";
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
    const next = applyPreferenceChanges(customer.preferences, input.changes, ctx.catalog);
    const actor = actorOf(auth.session);
    input.changes.reduce((before, change) => {
      appendEvent(customer, {
        at: auth.now,
        actor,
        action: "preferences_changed",
        ...describePreferenceChange(before, change),
      });
      return applyPreferenceChanges(before, [change], ctx.catalog);
    }, customer.preferences);
    customer.preferences = next;
    return next;
  });
  ctx.store.write(auth.state);
  return parseOutput(endpoints.updatePreferences.response, result);
}
