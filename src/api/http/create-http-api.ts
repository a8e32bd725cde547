import type { PrivacyApi } from "../privacy-api.ts";
import { createRequester, type RequesterOptions } from "./request.ts";

const key = (options?: { idempotencyKey?: string }) =>
  options?.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {};

/** PrivacyApi over HTTP: each method is one row of the endpoint table. */
export function createHttpApi(options: RequesterOptions): PrivacyApi {
  const call = createRequester(options);
  return {
    async requestMagicLink(input) {
      await call("requestMagicLink", { body: input });
    },
    createSession: (token) => call("createSession", { body: { token } }),
    getSession: async () => (await call("getSession")).session,
    async signOut() {
      await call("signOut");
    },
    async signOutEverywhere() {
      await call("signOutEverywhere");
    },

    getPreferences: () => call("getPreferences"),
    updatePreferences: (input, options) => call("updatePreferences", { body: input, ...key(options) }),

    async sendOptOutFeedback(input) {
      await call("sendOptOutFeedback", { body: input });
    },

    getConsents: () => call("getConsents"),
    changeConsent: (input, options) => call("changeConsent", { body: input, ...key(options) }),

    getData: () => call("getData"),

    listRequests: async () => (await call("listRequests")).requests,
    createRequest: (input, options) => call("createRequest", { body: input, ...key(options) }),
    getRequest: (id) => call("getRequest", { params: { id } }),
    cancelRequest: (id, input, options) => call("cancelRequest", { params: { id }, body: input, ...key(options) }),

    listActivity: async () => (await call("listActivity")).events,

    listDevOutbox: async () => (await call("listDevOutbox")).messages,
    devCreateSubject: (template) => call("devCreateSubject", { body: { template } }),
    devStartSession: async (input) => (await call("devStartSession", { body: input })).session,
  };
}
