import type { z } from "zod/mini";
import type { ActivityPage, ActivityPageQuery } from "./contract/activity.ts";
import type { ConsentChange, ConsentChangeResult, Consents, GpcOutcome } from "./contract/consents.ts";
import type { DataInventory } from "./contract/data.ts";
import type { OptOutFeedback } from "./contract/feedback.ts";
import type { Preferences, PreferencesUpdate } from "./contract/preferences.ts";
import type { NewPrivacyRequest, PrivacyRequest } from "./contract/requests.ts";
import type { DevHistoryRequest, DevSessionRequest, DevSubject } from "./contract/dev.ts";
import type { DevFooterLink, DevFooterLinkRequest, FooterSession } from "./contract/footer-links.ts";
import type { CreatedSession, MagicLinkRequest, OutboxMessage, Session, SessionExpiry } from "./contract/session.ts";
import type { cancelPrivacyRequestSchema } from "./contract/requests.ts";
import type { CustomerMatch, CustomerSearch, OpenSupportView } from "./contract/support.ts";

export interface WriteOptions {
  /** The same key on a retry makes the server apply the write once. */
  idempotencyKey?: string;
  /** On a customer's behalf in act mode: why this change is made; the customer's history shows it. */
  reason?: string;
}

/** What features depend on; the mock and the HTTP adapter both implement it. */
export interface PrivacyApi {
  requestMagicLink(input: MagicLinkRequest): Promise<void>;
  createSession(token: string): Promise<CreatedSession>;
  getSession(): Promise<Session | null>;
  /** When the session ends, without refreshing its idle timer; null when there is none. */
  getSessionExpiry(): Promise<SessionExpiry | null>;
  signOut(): Promise<void>;
  signOutEverywhere(): Promise<void>;

  getPreferences(): Promise<Preferences>;
  updatePreferences(input: PreferencesUpdate, options?: WriteOptions): Promise<Preferences>;

  sendOptOutFeedback(input: OptOutFeedback, options?: WriteOptions): Promise<void>;

  getConsents(): Promise<Consents>;
  changeConsent(input: ConsentChange, options?: WriteOptions): Promise<ConsentChangeResult>;
  /** Called when the browser sends Global Privacy Control; safe to repeat. */
  applyGpc(options?: WriteOptions): Promise<GpcOutcome>;

  getData(): Promise<DataInventory>;

  listRequests(): Promise<PrivacyRequest[]>;
  createRequest(input: NewPrivacyRequest, options?: WriteOptions): Promise<PrivacyRequest>;
  getRequest(id: string): Promise<PrivacyRequest>;
  cancelRequest(
    id: string,
    input: z.infer<typeof cancelPrivacyRequestSchema>,
    options?: WriteOptions,
  ): Promise<PrivacyRequest>;

  /** One page of the history, newest first; pass the previous page's `nextCursor` for older events. */
  listActivity(query?: ActivityPageQuery): Promise<ActivityPage>;

  /** Development only: the messages that would have been emailed. Rejects with not_found in production. */
  listDevOutbox(): Promise<OutboxMessage[]>;
  /** Development and tests only: a fresh copy of a demo customer, so a test owns its subject. */
  devCreateSubject(template: string): Promise<DevSubject>;
  /** Development and tests only: a session of any kind (footer link, support) without the email round trip. */
  devStartSession(input: DevSessionRequest): Promise<Session>;

  /** Opens preferences from a signed footer link: a preferences-only session, nothing else changed. */
  startFooterSession(token: string): Promise<FooterSession>;
  /** RFC 8058 one-click with a footer link's token: no session, no cookie; a repeat changes nothing. */
  oneClickUnsubscribe(token: string): Promise<void>;
  /** Development and tests only: the signed footer links a message to this address would carry. */
  devMintFooterLink(input: DevFooterLinkRequest): Promise<DevFooterLink>;
  /** Development and tests only: the scheduled retention pass, now. */
  devRunRetention(): Promise<void>;
  /** Development and tests only: a longer history for a customer (sign-ins at one instant, the newest). */
  devAddHistory(input: DevHistoryRequest): Promise<void>;
  /** Support console (staff sessions only): exact look-up, never a list of everyone. */
  searchCustomers(input: CustomerSearch): Promise<CustomerMatch[]>;
  /** Opens the on-behalf view; `getSession` then answers with it until it ends. The staff session stays. */
  openSupportView(input: OpenSupportView): Promise<Session>;
  /** Ends the on-behalf view, back to the console. */
  closeSupportView(): Promise<void>;
}
