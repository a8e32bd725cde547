import type { Session } from "../contract/session.ts";
import type { PrivacyApi, WriteOptions } from "../privacy-api.ts";
import { postOneClick } from "./one-click.ts";
import { createRequester, type Provisional, type RequesterOptions } from "./request.ts";

const key = (options?: WriteOptions) => ({
  ...(options?.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
  ...(options?.reason ? { reason: options.reason } : {}),
});

/** PrivacyApi over HTTP: each method is one row of the endpoint table. */
export function createHttpApi(options: RequesterOptions): PrivacyApi {
  const call = createRequester(options);
  return {
    async requestMagicLink(input) {
      await call("requestMagicLink", { body: input });
    },
    createSession: (token) => call("createSession", { body: { token } }),
    getSession: async () => (await call("getSession")).session,
    getSessionExpiry: async () => (await call("getSessionExpiry")).expiry,
    async signOut() {
      await call("signOut");
    },
    async signOutEverywhere() {
      await call("signOutEverywhere");
    },

    getPreferences: () => call("getPreferences"),
    updatePreferences: (input, options) => call("updatePreferences", { body: input, ...key(options) }),

    async sendOptOutFeedback(input, options) {
      await call("sendOptOutFeedback", { body: input, ...key(options) });
    },

    getConsents: () => call("getConsents"),
    changeConsent: (input, options) => call("changeConsent", { body: input, ...key(options) }),
    applyGpc: (options) => call("applyGpc", key(options)),

    getData: () => call("getData"),

    listRequests: async () => (await call("listRequests")).requests,
    createRequest: (input, options) => call("createRequest", { body: input, ...key(options) }),
    getRequest: (id) => call("getRequest", { params: { id } }),
    cancelRequest: (id, input, options) => call("cancelRequest", { params: { id }, body: input, ...key(options) }),

    listActivity: (query = {}) => call("listActivity", { query: { limit: query.limit, cursor: query.cursor } }),

    listDevOutbox: async () => (await call("listDevOutbox")).messages,
    devCreateSubject: (template) => call("devCreateSubject", { body: { template } }),
    devStartSession: async (input) => (await call("devStartSession", { body: input })).session,
    startFooterSession: (token) => call("startFooterSession", { body: { token } }),
    oneClickUnsubscribe: (token) => postOneClick(options, token),
    devMintFooterLink: (input) => call("devMintFooterLink", { body: input }),
    async devRunRetention() {
      await call("devRunRetention", { body: {} });
    },
    async devAddHistory(input) {
      await call("devAddHistory", { body: input });
    },

    searchCustomers: async (input) => (await call("searchCustomers", { body: input })).customers,
    openSupportView: async (input) => (await call("openSupportView", { body: input })).session,
    async closeSupportView() {
      await call("closeSupportView");
    },
  };
}

/**
 * The session the app starts from, before zod has loaded: `getSession`'s answer as the server sent it (the server
 * preloaded it beside the page), and the contract's check of it for later (decision 0065).
 */
export async function readSessionProvisionally(options: RequesterOptions): Promise<Provisional<Session | null>> {
  const { answer, check } = await createRequester(options).provisionally("getSession");
  return { answer: answer.session, check: async () => (await check()).session };
}
