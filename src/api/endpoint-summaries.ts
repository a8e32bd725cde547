import type { EndpointName } from "./endpoint-table.ts";

/**
 * What each endpoint does, in the OpenAPI document. Beside the endpoint table rather than in it: the browser
 * loads the table with the page and has no use for the words (decision 0065).
 */
export const endpointSummaries: Readonly<Record<EndpointName, string>> = {
  requestMagicLink: "Email a sign-in link (same answer for unknown addresses)",
  createSession: "Consume a sign-in token and start a session (sets an HttpOnly cookie)",
  getSession: "The current session, or null",
  getSessionExpiry:
    "When the current session ends (idle and absolute), or null; unlike every other call it does not count as activity",
  signOut: "End this session",
  signOutEverywhere: "End every session of the signed-in subject",
  getPreferences: "Channel and topic preferences",
  updatePreferences: "Apply preference changes based on a version",
  sendOptOutFeedback: "Say, optionally, why marketing was stopped (recorded in the subject's history)",
  getConsents: "Consent status per purpose and the append-only record",
  changeConsent:
    "Grant or withdraw consent, or object to a legitimate-interest purpose; answers the statuses and the new record",
  applyGpc:
    "This browser sends Global Privacy Control: opt out of every sale-or-share purpose still in use (idempotent)",
  getData: "The personal data held about the subject",
  listRequests: "The subject's privacy requests",
  createRequest: "File a privacy request; its due date follows the subject's jurisdiction",
  getRequest: "One privacy request with its timeline",
  cancelRequest: "Cancel an open privacy request",
  listActivity:
    "One page of the subject's history, newest first (events of one instant latest-recorded first); `nextCursor` reads the older ones",
  listDevOutbox: "Messages the server would have sent (development only)",
  devCreateSubject: "Copy a demo customer under a new address (development and tests only)",
  devStartSession: "Open a session of any kind for a subject without the email (development and tests only)",
  startFooterSession:
    "Open a preferences-only session from a signed email-footer link (pressed by the page, never a GET); changes no preference",
  devMintFooterLink: "Sign the footer links a message to this address would carry (development and tests only)",
  devRunRetention: "Run the scheduled retention pass now (development and tests only)",
  devAddHistory: "Append sign-ins at one instant to a customer's history, for a long one (development and tests only)",
  openSupportView: "Open a customer's privacy center on their behalf, with a reason (staff only; acting needs a lead)",
  closeSupportView: "Stop the on-behalf view; the staff session goes on",
  searchCustomers: "Find a customer by exact email or phone (staff only); the least needed to confirm who it is",
};
