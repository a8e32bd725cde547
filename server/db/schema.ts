import type { Generated, Kysely } from "kysely";

/**
 * Timestamps are ISO-8601 UTC strings and nested bits are JSON text in both SQLite and PostgreSQL, so one set of
 * queries serves both; versions and counters are integers.
 */
export interface SubjectsTable {
  id: string;
  /** Lower-cased, so look-ups ignore the case the person typed. */
  email: string;
  name: string;
  phone: string | null;
  /** The phone as E.164 (the support console's exact look-up), null when it cannot be made international. */
  phone_e164: string | null;
  locale: string;
  jurisdiction: string;
  /** "customer" for data subjects; "support" or "support_lead" for staff accounts. */
  role: Generated<string>;
  consents_version: Generated<number>;
  created_at: string;
}

export interface PreferencesTable {
  subject_id: string;
  version: number;
  /** Preferences without the version: channels, topics, pausedUntil. */
  state: string;
}

export interface ConsentRecordsTable {
  seq: Generated<number>;
  id: string;
  subject_id: string;
  record: string;
  /** The record's time, so answers list records newest first without parsing them. */
  at: string;
}

/** Each purpose's newest record (by `at`, then by order of appending), kept beside the append-only record. */
export interface ConsentCurrentTable {
  subject_id: string;
  purpose_id: string;
  at: string;
  record: string;
}

export interface DataItemsTable {
  subject_id: string;
  id: string;
  position: number;
  item: string;
  /** The item's field name ("postal_address"), so contact points are found by an index. */
  field: string | null;
  /** The item's retention end (null: kept with the account), for the retention pass. */
  retention_ends_at: string | null;
}

export interface PrivacyRequestsTable {
  id: string;
  subject_id: string;
  version: number;
  created_at: string;
  request: string;
}

export interface ActivityTable {
  seq: Generated<number>;
  id: string;
  subject_id: string;
  event: string;
}

export interface MagicLinksTable {
  token_hash: string;
  subject_id: string;
  redirect_to: string | null;
  created_at: string;
  expires_at: string;
  /** Set when consumed, or when a newer link replaced this one. */
  used_at: string | null;
}

export interface SessionsTable {
  id_hash: string;
  subject_id: string;
  scope: string;
  actor: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface RateLimitsTable {
  key: string;
  window_start: string;
  count: number;
}

export interface IdempotencyKeysTable {
  subject_id: string;
  key: string;
  request_hash: string;
  status: number;
  body: string;
  created_at: string;
}

export interface OutboxTable {
  seq: Generated<number>;
  id: string;
  to_address: string;
  subject: string;
  text: string;
  link: string | null;
  at: string;
}

export interface OperatorApiKeysTable {
  id: string;
  name: string;
  key_hash: string;
  created_at: string;
  last_used_at: string | null;
}

export interface Database {
  subjects: SubjectsTable;
  preferences: PreferencesTable;
  consent_records: ConsentRecordsTable;
  consent_current: ConsentCurrentTable;
  data_items: DataItemsTable;
  privacy_requests: PrivacyRequestsTable;
  activity: ActivityTable;
  magic_links: MagicLinksTable;
  sessions: SessionsTable;
  rate_limits: RateLimitsTable;
  idempotency_keys: IdempotencyKeysTable;
  outbox: OutboxTable;
  operator_api_keys: OperatorApiKeysTable;
}

export type Db = Kysely<Database>;
export type DialectName = "sqlite" | "postgres";
