import type { OutboxMessage, Session } from "../contract/session.ts";
import type { SeedCustomer } from "../seed/types.ts";
import { demoSubjects } from "../seed/demo-customers.ts";
import { demoStaff, type StaffMember } from "../seed/demo-staff.ts";

export interface MagicLinkRecord {
  tokenHash: string;
  subjectId: string;
  redirectTo: string | null;
  createdAt: string;
  expiresAt: string;
  /** Set when spent or replaced by a newer link; either way it no longer signs anyone in. */
  usedAt: string | null;
}

export interface SessionRecord {
  idHash: string;
  subjectId: string;
  scope: Session["scope"];
  actor: Session["actor"];
  createdAt: string;
  lastSeenAt: string;
}

export interface IdempotencyRecord {
  subjectId: string;
  key: string;
  /** What was asked, so the same key with a different request is refused rather than answered wrongly. */
  request: string;
  result: string;
  at: string;
}

export interface MockState {
  version: 2;
  subjects: SeedCustomer[];
  /** Staff accounts: they sign in to the support console and are never found or opened there. */
  staff: StaffMember[];
  magicLinks: MagicLinkRecord[];
  sessions: SessionRecord[];
  rateLimits: Record<string, { windowStart: number; count: number }>;
  outbox: OutboxMessage[];
  idempotency: IdempotencyRecord[];
}

export function seedState(now: Date): MockState {
  return {
    version: 2,
    subjects: demoSubjects(now),
    staff: structuredClone([...demoStaff]),
    magicLinks: [],
    sessions: [],
    rateLimits: {},
    outbox: [],
    idempotency: [],
  };
}
