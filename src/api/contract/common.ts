// oxlint-disable-next-line import/no-unassigned-import -- imported for its side effect: zod's English messages
import "./zod-english.ts";
import { z } from "zod/mini";

import { channelIds, hasControlOrBrokenText, idMaxLength } from "./id-shapes.ts";
import { locales } from "./locales.ts";

export { channelIds } from "./id-shapes.ts";
export { locales, type Locale } from "./locales.ts";
export const localeSchema = z.enum(locales);

export const jurisdictionSchema = z.enum(["EU", "BR", "US-CA", "TW", "other"]);
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

export const channelIdSchema = z.enum(channelIds);
export type ChannelId = z.infer<typeof channelIdSchema>;

/** Operator-written text, one entry per locale; the default locale's entry is the fallback. */
export const localizedTextSchema = z.partialRecord(localeSchema, z.string().check(z.minLength(1)));
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/**
 * NUL and the other control characters but tab and line breaks, and lone surrogates: never what a person typed,
 * PostgreSQL refuses NUL in text, and a lone surrogate cannot be written as UTF-8.
 */
const notPlainText = /(?![\t\n\r])\p{Cc}|\p{Cs}/u;

/** Every free-text field of a request: refused the same way by the mock and by the server on any database. */
export const plainTextSchema = z
  .string()
  .check(
    z.refine((value) => !notPlainText.test(value), "must be plain text, without control characters or broken Unicode"),
  );

export const idSchema = z.string().check(
  z.minLength(1),
  z.maxLength(idMaxLength),
  z.refine((value) => !hasControlOrBrokenText(value), "must not contain control characters or broken Unicode"),
);
export const versionSchema = z.int().check(z.nonnegative());

export const legalBasisSchema = z.enum(["consent", "contract", "legal_obligation", "legitimate_interest"]);
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** Who did something: shown in history and stored on every consent record. */
export const actorSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("customer") }),
  z.object({
    kind: z.literal("support"),
    agentName: z.string().check(z.minLength(1)),
    reason: z.string().check(z.minLength(1)),
    ticket: z.optional(z.string()),
  }),
  z.object({ kind: z.literal("system") }),
  /** `via: one_click`: the RFC 8058 POST a mail app sends, with no page opened. */
  z.object({ kind: z.literal("footer_link"), via: z.optional(z.literal("one_click")) }),
  z.object({ kind: z.literal("gpc") }),
]);
export type Actor = z.infer<typeof actorSchema>;

/** The answer of an endpoint that answers 204. */
export const noContentSchema = z.null();
/** The body of a call that needs none but is a JSON write all the same. */
export const emptyBodySchema = z.object({});
