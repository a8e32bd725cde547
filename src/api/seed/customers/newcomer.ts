import { initialPreferences } from "../../rules/preferences.ts";
import { demoCatalog } from "../demo-config.ts";
import type { SeedCustomer } from "../types.ts";

/**
 * A customer who has only just arrived: an account and an email address, nothing else yet. No data items, no
 * consent given, no request made, no history, so every page shows what it looks like empty and what to do next.
 */
export function newcomer(): SeedCustomer {
  return {
    subject: {
      id: "subj-new",
      email: "new.customer@example.com",
      name: "Sam Okafor",
      locale: "en",
      jurisdiction: "other",
    },
    preferences: initialPreferences(demoCatalog),
    consentRecords: [],
    dataItems: [],
    requests: [],
    activity: [],
  };
}
