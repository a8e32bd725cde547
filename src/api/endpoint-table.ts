import type { z } from "zod/mini";

type Method = "GET" | "POST" | "PATCH" | "DELETE";

/** What an endpoint sends and answers, checked on both sides with these very schemas. */
export interface EndpointSchemas {
  body?: z.ZodMiniType;
  /** Query-string parameters of a read, parsed from their text (so numbers are coerced). */
  query?: z.ZodMiniType;
  response: z.ZodMiniType;
  /** What a 409's `current` holds (the resource's latest state) when it is not the answer's shape. */
  conflict?: z.ZodMiniType;
}

/**
 * Each resource's contract module, loaded when first asked for: the browser builds a resource's schemas only when
 * one of its endpoints is first called, and zod stays off the sign-in page's first load (decision 0065).
 */
export const contracts = {
  activity: () => import("./contract/activity.ts"),
  common: () => import("./contract/common.ts"),
  consents: () => import("./contract/consents.ts"),
  data: () => import("./contract/data.ts"),
  dev: () => import("./contract/dev.ts"),
  feedback: () => import("./contract/feedback.ts"),
  "footer-links": () => import("./contract/footer-links.ts"),
  preferences: () => import("./contract/preferences.ts"),
  requests: () => import("./contract/requests.ts"),
  session: () => import("./contract/session.ts"),
  support: () => import("./contract/support.ts"),
};
export type ContractName = keyof typeof contracts;
export type Contract<M extends ContractName> = Awaited<ReturnType<(typeof contracts)[M]>>;

export interface EndpointRoute {
  method: Method;
  /** Path with `:param` placeholders. */
  path: string;
  /** The contract module its schemas are in. */
  contract: ContractName;
  /** Picks its schemas out of that module (and the common one): the same ones on every side. */
  schemas(module: Contract<ContractName>, common: Contract<"common">): EndpointSchemas;
  status: 200 | 201 | 202 | 204;
  /** Needs a signed-in session; `full` excludes footer-link sessions; `staff` needs the support console's session. */
  auth: "none" | "any" | "full" | "staff";
  /** `false`: answering does not refresh the session's idle timer (every other call does, at most once a minute). */
  touches?: false;
}

/**
 * The one table of the HTTP surface: the adapter, the server and the OpenAPI document all read it (the last two,
 * and the mock, through endpoints.ts, which holds every schema in hand).
 */
export const endpointTable = {
  requestMagicLink: {
    method: "POST",
    path: "/api/auth/magic-links",
    contract: "session",
    schemas: (c: Contract<"session">) => ({
      body: c.magicLinkRequestSchema,
      response: c.magicLinkAcceptedSchema,
    }),
    status: 202,
    auth: "none",
  },
  createSession: {
    method: "POST",
    path: "/api/auth/sessions",
    contract: "session",
    schemas: (c: Contract<"session">) => ({ body: c.sessionCreateSchema, response: c.createdSessionSchema }),
    status: 201,
    auth: "none",
  },
  getSession: {
    method: "GET",
    path: "/api/session",
    contract: "session",
    schemas: (c: Contract<"session">) => ({ response: c.sessionStateSchema }),
    status: 200,
    auth: "none",
  },
  getSessionExpiry: {
    method: "GET",
    path: "/api/session/expiry",
    contract: "session",
    schemas: (c: Contract<"session">) => ({ response: c.sessionExpirySchema }),
    status: 200,
    auth: "none",
    touches: false,
  },
  signOut: {
    method: "DELETE",
    path: "/api/session",
    contract: "common",
    schemas: (c: Contract<"common">) => ({ response: c.noContentSchema }),
    status: 204,
    auth: "none",
  },
  signOutEverywhere: {
    method: "DELETE",
    path: "/api/sessions",
    contract: "common",
    schemas: (c: Contract<"common">) => ({ response: c.noContentSchema }),
    status: 204,
    auth: "any",
  },
  getPreferences: {
    method: "GET",
    path: "/api/preferences",
    contract: "preferences",
    schemas: (c: Contract<"preferences">) => ({ response: c.preferencesSchema }),
    status: 200,
    auth: "any",
  },
  updatePreferences: {
    method: "PATCH",
    path: "/api/preferences",
    contract: "preferences",
    schemas: (c: Contract<"preferences">) => ({
      body: c.preferencesUpdateSchema,
      response: c.preferencesSchema,
    }),
    status: 200,
    auth: "any",
  },
  sendOptOutFeedback: {
    method: "POST",
    path: "/api/feedback/opt-out",
    contract: "feedback",
    schemas: (feedback: Contract<"feedback">, common: Contract<"common">) => ({
      body: feedback.optOutFeedbackSchema,
      response: common.noContentSchema,
    }),
    status: 204,
    auth: "any",
  },
  getConsents: {
    method: "GET",
    path: "/api/consents",
    contract: "consents",
    schemas: (c: Contract<"consents">) => ({ response: c.consentsSchema }),
    status: 200,
    auth: "full",
  },
  changeConsent: {
    method: "POST",
    path: "/api/consents",
    contract: "consents",
    schemas: (c: Contract<"consents">) => ({
      body: c.consentChangeSchema,
      response: c.consentChangeResultSchema,
      conflict: c.consentsSchema,
    }),
    status: 200,
    auth: "full",
  },
  applyGpc: {
    method: "POST",
    path: "/api/consents/gpc",
    contract: "consents",
    schemas: (c: Contract<"consents">) => ({ response: c.gpcOutcomeSchema }),
    status: 200,
    auth: "any",
  },
  getData: {
    method: "GET",
    path: "/api/data",
    contract: "data",
    schemas: (c: Contract<"data">) => ({ response: c.dataInventorySchema }),
    status: 200,
    auth: "full",
  },
  listRequests: {
    method: "GET",
    path: "/api/requests",
    contract: "requests",
    schemas: (c: Contract<"requests">) => ({ response: c.privacyRequestListSchema }),
    status: 200,
    auth: "full",
  },
  createRequest: {
    method: "POST",
    path: "/api/requests",
    contract: "requests",
    schemas: (c: Contract<"requests">) => ({
      body: c.newPrivacyRequestSchema,
      response: c.privacyRequestSchema,
    }),
    status: 201,
    auth: "full",
  },
  getRequest: {
    method: "GET",
    path: "/api/requests/:id",
    contract: "requests",
    schemas: (c: Contract<"requests">) => ({ response: c.privacyRequestSchema }),
    status: 200,
    auth: "full",
  },
  cancelRequest: {
    method: "POST",
    path: "/api/requests/:id/cancel",
    contract: "requests",
    schemas: (c: Contract<"requests">) => ({
      body: c.cancelPrivacyRequestSchema,
      response: c.privacyRequestSchema,
    }),
    status: 200,
    auth: "full",
  },
  listActivity: {
    method: "GET",
    path: "/api/activity",
    contract: "activity",
    schemas: (c: Contract<"activity">) => ({
      query: c.activityPageQuerySchema,
      response: c.activityPageSchema,
    }),
    status: 200,
    auth: "full",
  },
  listDevOutbox: {
    method: "GET",
    path: "/api/dev/outbox",
    contract: "session",
    schemas: (c: Contract<"session">) => ({ response: c.outboxSchema }),
    status: 200,
    auth: "none",
  },
  devCreateSubject: {
    method: "POST",
    path: "/api/dev/subjects",
    contract: "dev",
    schemas: (c: Contract<"dev">) => ({ body: c.devSubjectRequestSchema, response: c.devSubjectSchema }),
    status: 201,
    auth: "none",
  },
  devStartSession: {
    method: "POST",
    path: "/api/dev/sessions",
    contract: "dev",
    schemas: (c: Contract<"dev">) => ({ body: c.devSessionRequestSchema, response: c.devSessionSchema }),
    status: 201,
    auth: "none",
  },
  startFooterSession: {
    method: "POST",
    path: "/api/auth/footer-sessions",
    contract: "footer-links",
    schemas: (c: Contract<"footer-links">) => ({
      body: c.footerSessionRequestSchema,
      response: c.footerSessionSchema,
    }),
    status: 201,
    auth: "none",
  },
  devMintFooterLink: {
    method: "POST",
    path: "/api/dev/footer-links",
    contract: "footer-links",
    schemas: (c: Contract<"footer-links">) => ({
      body: c.devFooterLinkRequestSchema,
      response: c.devFooterLinkSchema,
    }),
    status: 201,
    auth: "none",
  },
  devRunRetention: {
    method: "POST",
    path: "/api/dev/retention",
    contract: "common",
    schemas: (c: Contract<"common">) => ({ body: c.emptyBodySchema, response: c.noContentSchema }),
    status: 204,
    auth: "none",
  },
  devAddHistory: {
    method: "POST",
    path: "/api/dev/history",
    contract: "dev",
    schemas: (dev: Contract<"dev">, common: Contract<"common">) => ({
      body: dev.devHistoryRequestSchema,
      response: common.noContentSchema,
    }),
    status: 204,
    auth: "none",
  },
  searchCustomers: {
    method: "POST",
    path: "/api/support/customer-searches",
    // A POST so the address or number searched for never lands in a URL or an access log.
    contract: "support",
    schemas: (c: Contract<"support">) => ({
      body: c.customerSearchSchema,
      response: c.customerSearchResultSchema,
    }),
    status: 200,
    auth: "staff",
  },
  openSupportView: {
    method: "POST",
    path: "/api/support/views",
    contract: "support",
    schemas: (c: Contract<"support">) => ({ body: c.openSupportViewSchema, response: c.supportViewSchema }),
    status: 201,
    auth: "staff",
  },
  closeSupportView: {
    method: "DELETE",
    path: "/api/support/views/current",
    contract: "common",
    schemas: (c: Contract<"common">) => ({ response: c.noContentSchema }),
    status: 204,
    auth: "staff",
  },
} as const satisfies Record<string, EndpointRoute>;

export type EndpointName = keyof typeof endpointTable;

/** The schemas of one endpoint, with their own types. */
export type SchemasOf<K extends EndpointName> = ReturnType<(typeof endpointTable)[K]["schemas"]>;

/** The same table, as rows of one type (for code that serves any endpoint by name). */
export const endpointRoutes: Readonly<Record<EndpointName, EndpointRoute>> = endpointTable;
