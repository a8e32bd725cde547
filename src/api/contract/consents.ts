import { z } from "zod/mini";
import {
  actorSchema,
  idSchema,
  isoDateTimeSchema,
  localizedTextSchema,
  plainTextSchema,
  versionSchema,
} from "./common.ts";

/**
 * What one record says. `granted` and `withdrawn` are consent given and taken back; `objected` is an objection
 * (GDPR Art. 21) to a purpose we rely on legitimate interest for, and a later `granted` on such a purpose lifts it.
 */
export const consentStateSchema = z.enum(["granted", "withdrawn", "objected"]);
export type ConsentState = z.infer<typeof consentStateSchema>;

export const consentMethodSchema = z.enum(["signup_form", "privacy_center", "footer_link", "support", "gpc"]);
export type ConsentMethod = z.infer<typeof consentMethodSchema>;

/** The words of a purpose as they were shown, kept on the record so a receipt survives later edits of the config. */
export const shownTextSchema = z.object({ label: localizedTextSchema, description: localizedTextSchema });
export type ShownText = z.infer<typeof shownTextSchema>;

/** Append-only: a change of mind is a new record, never an edit. */
export const consentRecordSchema = z.object({
  id: idSchema,
  purposeId: idSchema,
  state: consentStateSchema,
  at: isoDateTimeSchema,
  method: consentMethodSchema,
  textVersion: z.string().check(z.minLength(1)),
  /** Absent on records made before texts were kept (only the version is known). */
  shown: z.optional(shownTextSchema),
  actor: actorSchema,
  receiptId: z.string().check(z.minLength(1)),
});
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

/**
 * `expired` is a consent past its lifetime: it counts as withdrawn. `objected` / `not_objected` are the two
 * states of a legitimate-interest purpose. `inUse` is the one answer to "may this purpose be used now?".
 */
export const purposeStatusValueSchema = z.enum([
  "granted",
  "withdrawn",
  "expired",
  "never_asked",
  "objected",
  "not_objected",
]);
export type PurposeStatusValue = z.infer<typeof purposeStatusValueSchema>;

export const purposeStatusSchema = z.object({
  purposeId: idSchema,
  status: purposeStatusValueSchema,
  inUse: z.boolean(),
  since: z.nullable(isoDateTimeSchema),
  expiresAt: z.nullable(isoDateTimeSchema),
});
export type PurposeStatus = z.infer<typeof purposeStatusSchema>;

export const consentsSchema = z.object({
  version: versionSchema,
  purposes: z.array(purposeStatusSchema),
  records: z.array(consentRecordSchema),
});
export type Consents = z.infer<typeof consentsSchema>;

/**
 * What a change answers: the statuses and version after it, and the one record it made (with its receipt). Not
 * every record: that list only grows, and a change's cost should not (decision 0068); `GET /api/consents` has it.
 */
export const consentChangeResultSchema = z.object({
  version: versionSchema,
  purposes: z.array(purposeStatusSchema),
  record: consentRecordSchema,
});
export type ConsentChangeResult = z.infer<typeof consentChangeResultSchema>;

export const consentChangeSchema = z.object({
  baseVersion: versionSchema,
  purposeId: idSchema,
  state: consentStateSchema,
  /** The version of the text the person saw when they chose. */
  textVersion: plainTextSchema.check(z.minLength(1), z.maxLength(100)),
});
export type ConsentChange = z.infer<typeof consentChangeSchema>;

/** What a Global Privacy Control signal changed: the purposes it opted out now (none when already honoured). */
export const gpcOutcomeSchema = z.object({ optedOut: z.array(idSchema) });
export type GpcOutcome = z.infer<typeof gpcOutcomeSchema>;
