import type { OperatorConfig } from "../contract/operator-config.ts";
import type { PrivacyApi } from "../privacy-api.ts";
import { preferenceCatalog } from "../rules/catalog.ts";
import { createSession, requestMagicLink } from "./auth.ts";
import { applyGpc, changeConsent, getConsents } from "./consents.ts";
import type { MockContext } from "./context.ts";
import { sessionKey, tabHoldsNoSession, viewKey } from "./tab-keys.ts";
import { toApiError } from "./errors.ts";
import { createFaults, type Faults } from "./faults.ts";
import { createMemoryStorage, type KeyValueStorage } from "./memory-storage.ts";
import { getPreferences, updatePreferences } from "./preferences.ts";
import { getData, listActivity, listDevOutbox } from "./reads.ts";
import { cancelRequest, createRequest, getRequest, listRequests } from "./requests.ts";
import { devStartSession, getSession, getSessionExpiry, signOut, signOutEverywhere } from "./sessions.ts";
import { devAddHistory, devCreateSubject } from "./dev-subjects.ts";
import { sendOptOutFeedback } from "./feedback.ts";
import { devMintFooterLink, oneClickUnsubscribe, startFooterSession } from "./footer-links.ts";
import { devRunRetention, retentionTick } from "./retention.ts";
import { progressDemoRequests } from "./request-progress.ts";
import { createStore } from "./store.ts";
import { closeSupportView, openSupportView, searchCustomers } from "./support.ts";
import type { WriteOptions } from "../privacy-api.ts";

export interface MockApiOptions extends Faults {
  config: OperatorConfig;
  /** Where the demo state lives (localStorage in the browser); in memory when absent. */
  storage?: KeyValueStorage;
  /** Where this tab's session lives (sessionStorage in the browser); in memory when absent. */
  sessionStorage?: KeyValueStorage;
  now?: () => Date;
  appOrigin?: string;
  random?: () => number;
  /** Demo only: filed requests move on one status per this many milliseconds (see request-progress.ts). */
  requestPaceMs?: number;
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
  /** One write's context: the acting agent's reason for it rides along, as the server's header does. */
  const forWrite = (writeOptions?: WriteOptions): MockContext =>
    writeOptions?.reason ? { ...ctx, changeReason: writeOptions.reason } : ctx;

  /**
   * Every call goes through the same door: latency, maybe a failure, then the work, with only ApiErrors coming
   * out. Writes are the customer's changes (preferences, consents, requests), counted for failEveryNthWrite.
   */
  const call = async <T>(work: () => Promise<T>, kind: "read" | "write" = "read"): Promise<T> => {
    await faults.hit(kind);
    try {
      retentionTick(ctx);
      if (options.requestPaceMs) progressDemoRequests(ctx, options.requestPaceMs);
      return structuredClone(await work());
    } catch (error) {
      throw toApiError(error);
    }
  };

  return {
    requestMagicLink: (input) => call(() => requestMagicLink(ctx, input)),
    createSession: (token) => call(() => createSession(ctx, token)),
    // Without reading the demo's data (on a first visit, building it) when the tab holds no session.
    getSession: () => (tabHoldsNoSession(ctx.tab) ? faults.hit("read").then(() => null) : call(() => getSession(ctx))),
    getSessionExpiry: () => call(() => getSessionExpiry(ctx)),
    signOut: () => call(() => signOut(ctx)),
    signOutEverywhere: () => call(() => signOutEverywhere(ctx)),
    getPreferences: () => call(() => getPreferences(ctx)),
    updatePreferences: (input, writeOptions) =>
      call(() => updatePreferences(forWrite(writeOptions), input, writeOptions), "write"),
    sendOptOutFeedback: (input, writeOptions) => call(() => sendOptOutFeedback(forWrite(writeOptions), input), "write"),
    getConsents: () => call(() => getConsents(ctx)),
    changeConsent: (input, writeOptions) =>
      call(() => changeConsent(forWrite(writeOptions), input, writeOptions), "write"),
    applyGpc: (writeOptions) => call(() => applyGpc(forWrite(writeOptions), writeOptions), "write"),
    getData: () => call(() => getData(ctx)),
    listRequests: () => call(() => listRequests(ctx)),
    createRequest: (input, writeOptions) =>
      call(() => createRequest(forWrite(writeOptions), input, writeOptions), "write"),
    getRequest: (id) => call(() => getRequest(ctx, id)),
    cancelRequest: (id, input, writeOptions) =>
      call(() => cancelRequest(forWrite(writeOptions), id, input, writeOptions), "write"),
    listActivity: (query) => call(() => listActivity(ctx, query)),
    listDevOutbox: () => call(() => listDevOutbox(ctx)),
    devCreateSubject: (template) => call(() => devCreateSubject(ctx, template)),
    devStartSession: (input) => call(() => devStartSession(ctx, input)),
    startFooterSession: (token) => call(() => startFooterSession(ctx, token)),
    oneClickUnsubscribe: (token) => call(() => oneClickUnsubscribe(ctx, token)),
    devMintFooterLink: (input) => call(() => devMintFooterLink(ctx, input)),
    devRunRetention: () => call(() => devRunRetention(ctx)),
    devAddHistory: (input) => call(() => devAddHistory(ctx, input)),
    searchCustomers: (input) => call(() => searchCustomers(ctx, input)),
    openSupportView: (input) => call(() => openSupportView(ctx, input)),
    closeSupportView: () => call(() => closeSupportView(ctx)),
    reset() {
      ctx.store.reset();
      ctx.tab.removeItem(sessionKey);
      ctx.tab.removeItem(viewKey);
    },
    setFaults: (next) => faults.set(next),
  };
}
