import type { z } from "zod";
import type { ActivityEvent } from "./contract/activity.ts";
import type { ConsentChange, Consents } from "./contract/consents.ts";
import type { DataInventory } from "./contract/data.ts";
import type { OptOutFeedback } from "./contract/feedback.ts";
import type { Preferences, PreferencesUpdate } from "./contract/preferences.ts";
import type { NewPrivacyRequest, PrivacyRequest } from "./contract/requests.ts";
import type { DevSessionRequest, DevSubject } from "./contract/dev.ts";
import type { CreatedSession, MagicLinkRequest, OutboxMessage, Session } from "./contract/session.ts";
import type { cancelPrivacyRequestSchema } from "./contract/requests.ts";

export interface WriteOptions {
  /** The same key on a retry makes the server apply the write once. */
  idempotencyKey?: string;
}

/** What features depend on; the mock and the HTTP adapter both implement it. */
export interface PrivacyApi {
  requestMagicLink(input: MagicLinkRequest): Promise<void>;
  createSession(token: string): Promise<CreatedSession>;
  getSession(): Promise<Session | null>;
  signOut(): Promise<void>;
  signOutEverywhere(): Promise<void>;

  getPreferences(): Promise<Preferences>;
  updatePreferences(input: PreferencesUpdate, options?: WriteOptions): Promise<Preferences>;

  sendOptOutFeedback(input: OptOutFeedback): Promise<void>;

  getConsents(): Promise<Consents>;
  changeConsent(input: ConsentChange, options?: WriteOptions): Promise<Consents>;

  getData(): Promise<DataInventory>;

  listRequests(): Promise<PrivacyRequest[]>;
  createRequest(input: NewPrivacyRequest, options?: WriteOptions): Promise<PrivacyRequest>;
  getRequest(id: string): Promise<PrivacyRequest>;
  cancelRequest(
    id: string,
    input: z.infer<typeof cancelPrivacyRequestSchema>,
    options?: WriteOptions,
  ): Promise<PrivacyRequest>;

  listActivity(): Promise<ActivityEvent[]>;

  /** Development only: the messages that would have been emailed. Rejects with not_found in production. */
  listDevOutbox(): Promise<OutboxMessage[]>;
  /** Development and tests only: a fresh copy of a demo customer, so a test owns its subject. */
  devCreateSubject(template: string): Promise<DevSubject>;
  /** Development and tests only: a session of any kind (footer link, support) without the email round trip. */
  devStartSession(input: DevSessionRequest): Promise<Session>;
}
