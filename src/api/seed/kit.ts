import type { ActivityAction, ActivityEvent } from "../contract/activity.ts";
import type { Actor, Jurisdiction } from "../contract/common.ts";
import type { ConsentMethod, ConsentRecord, ConsentState } from "../contract/consents.ts";
import type { PreferenceChange, Preferences } from "../contract/preferences.ts";
import type { PrivacyRequest, RequestStatus, RequestType } from "../contract/requests.ts";
import { dueDate, latestExtendedDueDate } from "../rules/due-dates.ts";
import { applyDescribedPreferenceChanges, initialPreferences } from "../rules/preferences.ts";
import { customer, gpc, footerLink, system } from "./actors.ts";
import { dataItemBuilder, type RetentionTexts } from "./data-items.ts";
import { demoCatalog } from "./demo-config.ts";

const dayMs = 86_400_000;
const hourMs = 3_600_000;

export interface RequestSpec {
  type: RequestType;
  daysAgo: number;
  scope?: string[];
  details: string;
  /** Later steps, oldest first; the first "received" event is added from `daysAgo`. */
  steps?: Array<{ daysAgo: number; status: RequestStatus; note?: string; by?: Actor }>;
  extension?: { reason: string; notifiedDaysAgo: number };
}

export interface PreferenceBatch {
  daysAgo: number;
  actor: Actor;
  changes: PreferenceChange[];
}

/** Builds one customer's seed with deterministic ids; consents, requests and preferences also write their history. */
export function seedKit(now: Date, code: string, jurisdiction: Jurisdiction, retention: RetentionTexts) {
  const ago = (days: number, hours = 0) => new Date(now.getTime() - days * dayMs - hours * hourMs).toISOString();
  const counters = { consent: 0, event: 0, request: 0 };
  const item = dataItemBuilder(code, ago, retention);
  const activity: ActivityEvent[] = [];
  const consentRecords: ConsentRecord[] = [];

  function event(
    at: string,
    actor: Actor,
    action: ActivityAction,
    target: string,
    before: string | null = null,
    after: string | null = null,
  ) {
    activity.push({ id: `act-${code}-${++counters.event}`, at, actor, action, target, before, after });
  }

  function consent(
    purposeId: string,
    state: ConsentState,
    daysAgo: number,
    method: ConsentMethod,
    textVersion: string,
    actor?: Actor,
  ) {
    const previous = consentRecords.filter((record) => record.purposeId === purposeId).at(-1);
    const at = ago(daysAgo);
    const by = actor ?? (method === "gpc" ? gpc : method === "footer_link" ? footerLink : customer);
    const n = ++counters.consent;
    consentRecords.push({
      id: `consent-${code}-${n}`,
      purposeId,
      state,
      at,
      method,
      textVersion,
      actor: by,
      receiptId: `rcpt-${code}-${n}`,
    });
    event(
      at,
      by,
      state === "granted" ? "consent_granted" : "consent_withdrawn",
      `purpose:${purposeId}`,
      previous?.state ?? "never_asked",
      state,
    );
  }

  function request(spec: RequestSpec): PrivacyRequest {
    const id = `req-${code}-${++counters.request}`;
    const createdAt = ago(spec.daysAgo);
    const received = new Date(createdAt);
    const timeline: PrivacyRequest["timeline"] = [{ at: createdAt, status: "received" }];
    event(createdAt, customer, "request_created", `request:${id}`, null, "received");
    for (const step of spec.steps ?? []) {
      const at = ago(step.daysAgo);
      const before = timeline.at(-1)?.status ?? null;
      timeline.push({ at, status: step.status, ...(step.note ? { note: step.note } : {}) });
      const action = step.status === "cancelled" ? "request_cancelled" : "request_updated";
      event(
        at,
        step.by ?? (step.status === "cancelled" ? customer : system),
        action,
        `request:${id}`,
        before,
        step.status,
      );
    }
    const dueAt = dueDate(jurisdiction, spec.type, received).toISOString();
    const until = spec.extension ? latestExtendedDueDate(jurisdiction, spec.type, received) : null;
    if (spec.extension && !until) throw new Error(`${jurisdiction} allows no extension (${id})`);
    const extension =
      spec.extension && until
        ? { until: until.toISOString(), reason: spec.extension.reason, notifiedAt: ago(spec.extension.notifiedDaysAgo) }
        : null;
    if (extension) event(extension.notifiedAt, system, "request_updated", `request:${id}`, dueAt, extension.until);
    const status = timeline.at(-1)?.status ?? "received";
    return {
      id,
      type: spec.type,
      scope: spec.scope ?? [],
      details: spec.details,
      status,
      createdAt,
      dueAt,
      extension,
      timeline,
      version: timeline.length - 1 + (extension ? 1 : 0),
    };
  }

  /** Applies each batch as one write, so the version is the number of batches, as it would be after real use. */
  function preferences(batches: PreferenceBatch[]): Preferences {
    return batches.reduce((state, batch) => {
      const at = ago(batch.daysAgo);
      const { next, descriptions } = applyDescribedPreferenceChanges(state, batch.changes, demoCatalog, {
        checkContacts: false,
      });
      for (const described of descriptions)
        event(at, batch.actor, "preferences_changed", described.target, described.before, described.after);
      return next;
    }, initialPreferences(demoCatalog));
  }

  const history = () => activity.toSorted((a, b) => a.at.localeCompare(b.at));
  return { now, ago, event, item, consent, consentRecords, request, preferences, history };
}

export type SeedKit = ReturnType<typeof seedKit>;
