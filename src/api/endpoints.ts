import { z } from "zod/mini";
import { activityPageQuerySchema, activityPageSchema } from "./contract/activity.ts";
import {
  devFooterLinkRequestSchema,
  devFooterLinkSchema,
  footerSessionRequestSchema,
  footerSessionSchema,
} from "./contract/footer-links.ts";
import {
  consentChangeResultSchema,
  consentChangeSchema,
  consentsSchema,
  gpcOutcomeSchema,
} from "./contract/consents.ts";
import { dataInventorySchema } from "./contract/data.ts";
import { optOutFeedbackSchema } from "./contract/feedback.ts";
import { preferencesSchema, preferencesUpdateSchema } from "./contract/preferences.ts";
import {
  cancelPrivacyRequestSchema,
  newPrivacyRequestSchema,
  privacyRequestListSchema,
  privacyRequestSchema,
} from "./contract/requests.ts";
import {
  createdSessionSchema,
  magicLinkAcceptedSchema,
  magicLinkRequestSchema,
  outboxSchema,
  sessionCreateSchema,
  sessionExpirySchema,
  sessionStateSchema,
} from "./contract/session.ts";
import {
  devHistoryRequestSchema,
  devSessionRequestSchema,
  devSessionSchema,
  devSubjectRequestSchema,
  devSubjectSchema,
} from "./contract/dev.ts";
import {
  customerSearchResultSchema,
  customerSearchSchema,
  openSupportViewSchema,
  supportViewSchema,
} from "./contract/support.ts";

type Method = "GET" | "POST" | "PATCH" | "DELETE";

export interface Endpoint {
  method: Method;
  /** Path with `:param` placeholders. */
  path: string;
  summary: string;
  body?: z.ZodMiniType;
  /** Query-string parameters of a read, parsed from their text (so numbers are coerced). */
  query?: z.ZodMiniType;
  response: z.ZodMiniType;
  /** What a 409's `current` holds (the resource's latest state) when it is not the answer's shape. */
  conflict?: z.ZodMiniType;
  status: 200 | 201 | 202 | 204;
  /** Needs a signed-in session; `full` excludes footer-link sessions; `staff` needs the support console's session. */
  auth: "none" | "any" | "full" | "staff";
  /** `false`: answering does not refresh the session's idle timer (every other call does, at most once a minute). */
  touches?: false;
}

const noContent = z.null();

/** The one table of the HTTP surface: the adapter, the server and the OpenAPI document all read it. */
export const endpoints = {
  requestMagicLink: {
    method: "POST",
    path: "/api/auth/magic-links",
    summary: "Email a sign-in link (same answer for unknown addresses)",
    body: magicLinkRequestSchema,
    response: magicLinkAcceptedSchema,
    status: 202,
    auth: "none",
  },
  createSession: {
    method: "POST",
    path: "/api/auth/sessions",
    summary: "Consume a sign-in token and start a session (sets an HttpOnly cookie)",
    body: sessionCreateSchema,
    response: createdSessionSchema,
    status: 201,
    auth: "none",
  },
  getSession: {
    method: "GET",
    path: "/api/session",
    summary: "The current session, or null",
    response: sessionStateSchema,
    status: 200,
    auth: "none",
  },
  getSessionExpiry: {
    method: "GET",
    path: "/api/session/expiry",
    summary:
      "When the current session ends (idle and absolute), or null; unlike every other call it does not count as activity",
    response: sessionExpirySchema,
    status: 200,
    auth: "none",
    touches: false,
  },
  signOut: {
    method: "DELETE",
    path: "/api/session",
    summary: "End this session",
    response: noContent,
    status: 204,
    auth: "none",
  },
  signOutEverywhere: {
    method: "DELETE",
    path: "/api/sessions",
    summary: "End every session of the signed-in subject",
    response: noContent,
    status: 204,
    auth: "any",
  },
  getPreferences: {
    method: "GET",
    path: "/api/preferences",
    summary: "Channel and topic preferences",
    response: preferencesSchema,
    status: 200,
    auth: "any",
  },
  updatePreferences: {
    method: "PATCH",
    path: "/api/preferences",
    summary: "Apply preference changes based on a version",
    body: preferencesUpdateSchema,
    response: preferencesSchema,
    status: 200,
    auth: "any",
  },
  sendOptOutFeedback: {
    method: "POST",
    path: "/api/feedback/opt-out",
    summary: "Say, optionally, why marketing was stopped (recorded in the subject's history)",
    body: optOutFeedbackSchema,
    response: noContent,
    status: 204,
    auth: "any",
  },
  getConsents: {
    method: "GET",
    path: "/api/consents",
    summary: "Consent status per purpose and the append-only record",
    response: consentsSchema,
    status: 200,
    auth: "full",
  },
  changeConsent: {
    method: "POST",
    path: "/api/consents",
    summary:
      "Grant or withdraw consent, or object to a legitimate-interest purpose; answers the statuses and the new record",
    body: consentChangeSchema,
    response: consentChangeResultSchema,
    conflict: consentsSchema,
    status: 200,
    auth: "full",
  },
  applyGpc: {
    method: "POST",
    path: "/api/consents/gpc",
    summary:
      "This browser sends Global Privacy Control: opt out of every sale-or-share purpose still in use (idempotent)",
    response: gpcOutcomeSchema,
    status: 200,
    auth: "any",
  },
  getData: {
    method: "GET",
    path: "/api/data",
    summary: "The personal data held about the subject",
    response: dataInventorySchema,
    status: 200,
    auth: "full",
  },
  listRequests: {
    method: "GET",
    path: "/api/requests",
    summary: "The subject's privacy requests",
    response: privacyRequestListSchema,
    status: 200,
    auth: "full",
  },
  createRequest: {
    method: "POST",
    path: "/api/requests",
    summary: "File a privacy request; its due date follows the subject's jurisdiction",
    body: newPrivacyRequestSchema,
    response: privacyRequestSchema,
    status: 201,
    auth: "full",
  },
  getRequest: {
    method: "GET",
    path: "/api/requests/:id",
    summary: "One privacy request with its timeline",
    response: privacyRequestSchema,
    status: 200,
    auth: "full",
  },
  cancelRequest: {
    method: "POST",
    path: "/api/requests/:id/cancel",
    summary: "Cancel an open privacy request",
    body: cancelPrivacyRequestSchema,
    response: privacyRequestSchema,
    status: 200,
    auth: "full",
  },
  listActivity: {
    method: "GET",
    path: "/api/activity",
    summary:
      "One page of the subject's history, newest first (events of one instant latest-recorded first); `nextCursor` reads the older ones",
    query: activityPageQuerySchema,
    response: activityPageSchema,
    status: 200,
    auth: "full",
  },
  listDevOutbox: {
    method: "GET",
    path: "/api/dev/outbox",
    summary: "Messages the server would have sent (development only)",
    response: outboxSchema,
    status: 200,
    auth: "none",
  },
  devCreateSubject: {
    method: "POST",
    path: "/api/dev/subjects",
    summary: "Copy a demo customer under a new address (development and tests only)",
    body: devSubjectRequestSchema,
    response: devSubjectSchema,
    status: 201,
    auth: "none",
  },
  devStartSession: {
    method: "POST",
    path: "/api/dev/sessions",
    summary: "Open a session of any kind for a subject without the email (development and tests only)",
    body: devSessionRequestSchema,
    response: devSessionSchema,
    status: 201,
    auth: "none",
  },
  startFooterSession: {
    method: "POST",
    path: "/api/auth/footer-sessions",
    summary:
      "Open a preferences-only session from a signed email-footer link (pressed by the page, never a GET); changes no preference",
    body: footerSessionRequestSchema,
    response: footerSessionSchema,
    status: 201,
    auth: "none",
  },
  devMintFooterLink: {
    method: "POST",
    path: "/api/dev/footer-links",
    summary: "Sign the footer links a message to this address would carry (development and tests only)",
    body: devFooterLinkRequestSchema,
    response: devFooterLinkSchema,
    status: 201,
    auth: "none",
  },
  devRunRetention: {
    method: "POST",
    path: "/api/dev/retention",
    summary: "Run the scheduled retention pass now (development and tests only)",
    body: z.object({}),
    response: noContent,
    status: 204,
    auth: "none",
  },
  devAddHistory: {
    method: "POST",
    path: "/api/dev/history",
    summary: "Append sign-ins at one instant to a customer's history, for a long one (development and tests only)",
    body: devHistoryRequestSchema,
    response: noContent,
    status: 204,
    auth: "none",
  },
  searchCustomers: {
    method: "POST",
    path: "/api/support/customer-searches",
    // A POST so the address or number searched for never lands in a URL or an access log.
    summary: "Find a customer by exact email or phone (staff only); the least needed to confirm who it is",
    body: customerSearchSchema,
    response: customerSearchResultSchema,
    status: 200,
    auth: "staff",
  },
  openSupportView: {
    method: "POST",
    path: "/api/support/views",
    summary: "Open a customer's privacy center on their behalf, with a reason (staff only; acting needs a lead)",
    body: openSupportViewSchema,
    response: supportViewSchema,
    status: 201,
    auth: "staff",
  },
  closeSupportView: {
    method: "DELETE",
    path: "/api/support/views/current",
    summary: "Stop the on-behalf view; the staff session goes on",
    response: noContent,
    status: 204,
    auth: "staff",
  },
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof endpoints;
