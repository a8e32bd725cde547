import { z } from "zod";
import { actorSchema, idSchema, isoDateTimeSchema, plainTextSchema, versionSchema } from "./common.ts";

export const consentStateSchema = z.enum(["granted", "withdrawn"]);
export type ConsentState = z.infer<typeof consentStateSchema>;

export const consentMethodSchema = z.enum(["signup_form", "privacy_center", "footer_link", "support", "gpc"]);
export type ConsentMethod = z.infer<typeof consentMethodSchema>;

/** Append-only: a change of mind is a new record, never an edit. */
export const consentRecordSchema = z.object({
  id: idSchema,
  purposeId: idSchema,
  state: consentStateSchema,
  at: isoDateTimeSchema,
  method: consentMethodSchema,
  textVersion: z.string().min(1),
  actor: actorSchema,
  receiptId: z.string().min(1),
});
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

export const purposeStatusSchema = z.object({
  purposeId: idSchema,
  status: z.enum(["granted", "withdrawn", "expired", "never_asked"]),
  since: isoDateTimeSchema.nullable(),
  expiresAt: isoDateTimeSchema.nullable(),
});
export type PurposeStatus = z.infer<typeof purposeStatusSchema>;

export const consentsSchema = z.object({
  version: versionSchema,
  purposes: z.array(purposeStatusSchema),
  records: z.array(consentRecordSchema),
});
export type Consents = z.infer<typeof consentsSchema>;

export const consentChangeSchema = z.object({
  baseVersion: versionSchema,
  purposeId: idSchema,
  state: consentStateSchema,
  /** The version of the text the person saw when they chose. */
  textVersion: plainTextSchema.min(1).max(100),
});
export type ConsentChange = z.infer<typeof consentChangeSchema>;
