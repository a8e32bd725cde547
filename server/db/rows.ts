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

/** What a command appended, as rows in the order it gave them. */
export function appendRows(subjectId: string, appends: Appends): Append[] {
  return [
    ...appends.consentRecords.map((record): Append => ({
      into: "consent_records",
      values: { id: record.id, subject_id: subjectId, record: JSON.stringify(record) },
    })),
    ...appends.activity.map((event): Append => ({ into: "activity", values: activityRow(subjectId, event) })),
  ];
}
