import { activityEventSchema, type ActivityEvent } from "../../src/api/contract/activity.ts";
import { consentRecordSchema, type ConsentRecord } from "../../src/api/contract/consents.ts";
import { dataItemSchema, type DataItem } from "../../src/api/contract/data.ts";
import { preferencesSchema, type Preferences } from "../../src/api/contract/preferences.ts";
import { privacyRequestSchema, type PrivacyRequest } from "../../src/api/contract/requests.ts";
import { sessionActorSchema } from "../../src/api/contract/session.ts";
import type { Session } from "../../src/api/contract/session.ts";
import type { Appends } from "../../src/api/commands/command.ts";
import type { Append } from "./guarded-write.ts";

/*
 * Row ↔ domain mappers. JSON columns are read back through the contract's schemas, so a row that drifted from
 * the contract fails loudly here instead of reaching a client half-right.
 */

export const toActivityEvent = (row: { event: string }): ActivityEvent =>
  activityEventSchema.parse(JSON.parse(row.event));

export const toConsentRecord = (row: { record: string }): ConsentRecord =>
  consentRecordSchema.parse(JSON.parse(row.record));

export const toDataItem = (row: { item: string }): DataItem => dataItemSchema.parse(JSON.parse(row.item));

export const toPrivacyRequest = (row: { request: string }): PrivacyRequest =>
  privacyRequestSchema.parse(JSON.parse(row.request));

export const toPreferences = (row: { version: number; state: string }): Preferences =>
  preferencesSchema.parse({ version: row.version, ...(JSON.parse(row.state) as object) });

export const toSessionActor = (json: string): Session["actor"] => sessionActorSchema.parse(JSON.parse(json));

export function preferencesState(preferences: Preferences): { version: number; state: string } {
  const { version, ...state } = preferences;
  return { version, state: JSON.stringify(state) };
}

export function privacyRequestRow(subjectId: string, request: PrivacyRequest) {
  return {
    id: request.id,
    subject_id: subjectId,
    version: request.version,
    created_at: request.createdAt,
    request: JSON.stringify(request),
  };
}

export function activityRow(subjectId: string, event: ActivityEvent) {
  return { id: event.id, subject_id: subjectId, event: JSON.stringify(event) };
}

export function consentRecordRow(subjectId: string, record: ConsentRecord) {
  return { id: record.id, subject_id: subjectId, at: record.at, record: JSON.stringify(record) };
}

/** A purpose's newest record, as the current-state table keeps it. */
export function consentCurrentRow(subjectId: string, record: ConsentRecord) {
  return { subject_id: subjectId, purpose_id: record.purposeId, at: record.at, record: JSON.stringify(record) };
}

export function dataItemRow(subjectId: string, item: DataItem, position: number) {
  return {
    subject_id: subjectId,
    id: item.id,
    position,
    field: item.field,
    item: JSON.stringify(item),
    retention_ends_at: item.retention.endsAt,
  };
}

/**
 * What a command appended, as rows in the order it gave them. A consent record also becomes its purpose's
 * current state, unless a record with a later time is already there (clocks of two instances can disagree).
 */
export function appendRows(subjectId: string, appends: Appends): Append[] {
  return [
    ...appends.consentRecords.flatMap((record): Append[] => [
      { into: "consent_records", values: consentRecordRow(subjectId, record) },
      {
        into: "consent_current",
        values: consentCurrentRow(subjectId, record),
        newest: { key: ["subject_id", "purpose_id"], order: "at" },
      },
    ]),
    ...appends.activity.map((event): Append => ({ into: "activity", values: activityRow(subjectId, event) })),
  ];
}
