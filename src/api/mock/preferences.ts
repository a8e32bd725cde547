import { updatePreferences as updatePreferencesCommand } from "../commands/update-preferences.ts";
import type { Preferences, PreferencesUpdate } from "../contract/preferences.ts";
import { preferencesUpdateSchema } from "../contract/preferences.ts";
import { endpoints } from "../endpoints.ts";
import type { WriteOptions } from "../privacy-api.ts";
import { contactsOf, storedPreferences } from "../rules/contacts.ts";
import type { SeedCustomer } from "../seed/types.ts";
import { storeAppends } from "./activity.ts";
import { authenticate, type MockContext } from "./context.ts";
import { parseInput, parseOutput } from "./errors.ts";
import { idempotent } from "./idempotency.ts";

/** The stored state with the contact points worked out from what the customer's data holds now. */
const withContacts = (customer: SeedCustomer): Preferences => ({
  ...customer.preferences,
  contacts: contactsOf(customer.subject, customer.dataItems),
});

export async function getPreferences(ctx: MockContext): Promise<Preferences> {
  const auth = await authenticate(ctx, "getPreferences");
  return parseOutput(endpoints.getPreferences.response, withContacts(auth.customer));
}

export async function updatePreferences(
  ctx: MockContext,
  raw: PreferencesUpdate,
  options?: WriteOptions,
): Promise<Preferences> {
  const auth = await authenticate(ctx, "updatePreferences");
  const input = parseInput(preferencesUpdateSchema, raw);
  const result = idempotent(auth, options, { op: "updatePreferences", input }, () => {
    const outcome = updatePreferencesCommand(withContacts(auth.customer), input, { ...auth.env, catalog: ctx.catalog });
    auth.customer.preferences = storedPreferences(outcome.next);
    storeAppends(auth.customer, outcome.appends);
    return outcome.response;
  });
  ctx.store.write(auth.state);
  return parseOutput(endpoints.updatePreferences.response, result);
}
