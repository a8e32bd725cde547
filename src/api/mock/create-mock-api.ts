import type { OperatorConfig } from "../contract/operator-config.ts";
import type { PrivacyApi } from "../privacy-api.ts";
import { preferenceCatalog } from "../rules/catalog.ts";
import { createSession, requestMagicLink } from "./auth.ts";
import { changeConsent, getConsents } from "./consents.ts";
import { sessionKey, type MockContext } from "./context.ts";
import { toApiError } from "./errors.ts";
import { createFaults, type Faults } from "./faults.ts";
import { createMemoryStorage, type KeyValueStorage } from "./memory-storage.ts";
import { getPreferences, updatePreferences } from "./preferences.ts";
import { getData, listActivity, listDevOutbox } from "./reads.ts";
import { cancelRequest, createRequest, getRequest, listRequests } from "./requests.ts";
import { devStartSession, getSession, signOut, signOutEverywhere } from "./sessions.ts";
import { devCreateSubject } from "./dev-subjects.ts";
import { sendOptOutFeedback } from "./feedback.ts";
import { createStore } from "./store.ts";

export interface MockApiOptions extends Faults {
  config: OperatorConfig;
  /** Where the demo state lives (localStorage in the browser); in memory when absent. */
  storage?: KeyValueStorage;
  /** Where this tab's session lives (sessionStorage in the browser); in memory when absent. */
  sessionStorage?: KeyValueStorage;
  now?: () => Date;
  appOrigin?: string;
  random?: () => number;
}

export interface MockControls {
  /** Back to the demo seed: every change, link, session and outbox message is dropped. */
  reset(): void;
  setFaults(faults: Faults): void;
}

export type MockApi = PrivacyApi & MockControls;

export function createMockApi(options: MockApiOptions): MockApi {
  const now = options.now ?? (() => new Date());
  const ctx: MockContext = {
    config: options.config,
    catalog: preferenceCatalog(options.config),
    store: createStore(options.storage ?? createMemoryStorage(), now),
    now,
    appOrigin: options.appOrigin ?? globalThis.location?.origin ?? "http://localhost",
    tab: options.sessionStorage ?? createMemoryStorage(),
  };
  const faults = createFaults(options, options.random ?? Math.random);

  /** Every call goes through the same door: latency, maybe a failure, then the work, with only ApiErrors coming out. */
  const call = async <T>(work: () => Promise<T>): Promise<T> => {
    await faults.hit();
    try {
      return structuredClone(await work());
    } catch (error) {
      throw toApiError(error);
    }
  };

  return {
    requestMagicLink: (input) => call(() => requestMagicLink(ctx, input)),
    createSession: (token) => call(() => createSession(ctx, token)),
    getSession: () => call(() => getSession(ctx)),
    signOut: () => call(() => signOut(ctx)),
    signOutEverywhere: () => call(() => signOutEverywhere(ctx)),
    getPreferences: () => call(() => getPreferences(ctx)),
    updatePreferences: (input, writeOptions) => call(() => updatePreferences(ctx, input, writeOptions)),
    sendOptOutFeedback: (input) => call(() => sendOptOutFeedback(ctx, input)),
    getConsents: () => call(() => getConsents(ctx)),
    changeConsent: (input, writeOptions) => call(() => changeConsent(ctx, input, writeOptions)),
    getData: () => call(() => getData(ctx)),
    listRequests: () => call(() => listRequests(ctx)),
    createRequest: (input, writeOptions) => call(() => createRequest(ctx, input, writeOptions)),
    getRequest: (id) => call(() => getRequest(ctx, id)),
    cancelRequest: (id, input, writeOptions) => call(() => cancelRequest(ctx, id, input, writeOptions)),
    listActivity: () => call(() => listActivity(ctx)),
    listDevOutbox: () => call(() => listDevOutbox(ctx)),
    devCreateSubject: (template) => call(() => devCreateSubject(ctx, template)),
    devStartSession: (input) => call(() => devStartSession(ctx, input)),
    reset() {
      ctx.store.reset();
      ctx.tab.removeItem(sessionKey);
    },
    setFaults: (next) => faults.set(next),
  };
}
