import { normalizeEmailAddress } from "../../src/api/contract/email-address.ts";
import type { SeedCustomer } from "../../src/api/seed/types.ts";
import { consentsVersion } from "../../src/api/rules/consent-view.ts";
import { normalisePhone } from "../../src/api/rules/support.ts";
import type { StaffMember } from "../../src/api/seed/demo-staff.ts";
import { consentCurrentRow, consentRecordRow, dataItemRow } from "./rows.ts";
import type { Db } from "./schema.ts";

/** Oldest first, so the auto-numbered order matches the order things happened. */
const byTime = <T extends { at: string }>(rows: readonly T[]) => rows.toSorted((a, b) => a.at.localeCompare(b.at));

/** Writes one customer with everything they come with; used by the demo seed and by the bench. */
export async function insertCustomer(db: Db, customer: SeedCustomer, now: Date): Promise<void> {
  const { subject } = customer;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("subjects")
      .values({
        id: subject.id,
        email: normalizeEmailAddress(subject.email) ?? subject.email,
        name: subject.name,
        phone: subject.phone ?? null,
        phone_e164: subject.phone ? normalisePhone(subject.phone, subject.jurisdiction) : null,
        locale: subject.locale,
        jurisdiction: subject.jurisdiction,
        consents_version: consentsVersion(customer.consentRecords),
        created_at: now.toISOString(),
      })
      .execute();
    const { version, ...state } = customer.preferences;
    await trx
      .insertInto("preferences")
      .values({ subject_id: subject.id, version, state: JSON.stringify(state) })
      .execute();
    const ordered = byTime(customer.consentRecords);
    const records = ordered.map((record) => consentRecordRow(subject.id, record));
    if (records.length > 0) await trx.insertInto("consent_records").values(records).execute();
    // Oldest first, so of two records of a purpose at the same time the later one in the list stays current.
    const current = new Map(ordered.map((record) => [record.purposeId, consentCurrentRow(subject.id, record)]));
    if (current.size > 0)
      await trx
        .insertInto("consent_current")
        .values([...current.values()])
        .execute();
    const items = customer.dataItems.map((item, position) => dataItemRow(subject.id, item, position));
    if (items.length > 0) await trx.insertInto("data_items").values(items).execute();
    const requests = customer.requests.map((request) => ({
      id: request.id,
      subject_id: subject.id,
      version: request.version,
      created_at: request.createdAt,
      request: JSON.stringify(request),
    }));
    if (requests.length > 0) await trx.insertInto("privacy_requests").values(requests).execute();
    const events = byTime(customer.activity).map((event) => ({
      id: event.id,
      subject_id: subject.id,
      event: JSON.stringify(event),
    }));
    if (events.length > 0) await trx.insertInto("activity").values(events).execute();
  });
}

/** A staff account: a subject row with its role and nothing else (no preferences, data or history). */
export async function insertStaff(db: Db, member: StaffMember, now: Date): Promise<void> {
  const { subject } = member;
  await db
    .insertInto("subjects")
    .values({
      id: subject.id,
      email: subject.email.toLowerCase(),
      name: subject.name,
      phone: null,
      phone_e164: null,
      locale: subject.locale,
      jurisdiction: subject.jurisdiction,
      role: member.role,
      created_at: now.toISOString(),
    })
    .execute();
}

/** Seeds the demo customers once: only into a database that has no subjects yet. */
export async function seedDemoCustomers(db: Db, now: Date): Promise<number> {
  const existing = await db
    .selectFrom("subjects")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .executeTakeFirst();
  if (Number(existing?.count ?? 0) > 0) return 0;
  const { demoSubjects } = await import("../../src/api/seed/demo-customers.ts");
  const customers = demoSubjects(now);
  for (const customer of customers) await insertCustomer(db, customer, now);
  const { demoStaff } = await import("../../src/api/seed/demo-staff.ts");
  for (const member of demoStaff) await insertStaff(db, member, now);
  return customers.length;
}
