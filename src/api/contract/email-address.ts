import { z } from "zod/mini";

/** Letters and digits of any script, and the specials RFC 5322 allows unquoted; quoted local parts are refused. */
const localPart = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
/** What a domain may be typed with before it is turned into ASCII: letters of any script, digits, dots, hyphens. */
const typedDomain = /^[\p{L}\p{M}\p{N}.-]+$/u;
const asciiLabel = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * The form an address is stored, compared and rate-limited in, or null when it is not an address: the domain
 * in lower-case ASCII (an internationalised one as punycode, so "exämple.com" and "xn--exmple-cua.com" are one),
 * the local part in Unicode NFC, lower-cased as the server has always compared it. The WHATWG URL parser does
 * the IDNA mapping, the same in Node and in browsers, so the mock and the server agree.
 */
export function normalizeEmailAddress(value: string): string | null {
  const at = value.lastIndexOf("@");
  if (at <= 0 || value.length > 254) return null;
  const local = value.slice(0, at).normalize("NFC").toLowerCase();
  const domain = value.slice(at + 1).normalize("NFC");
  if (local.length > 64 || !localPart.test(local) || !typedDomain.test(domain)) return null;
  let ascii: string;
  try {
    ascii = new URL(`http://${domain}`).hostname;
  } catch {
    return null;
  }
  const labels = ascii.split(".");
  // At least a name and a top-level domain, and not an IP address.
  if (labels.length < 2 || !labels.every((label) => asciiLabel.test(label)) || /^\d+$/.test(labels.at(-1)!))
    return null;
  return `${local}@${ascii}`;
}

/** An email address, internationalised ones included; compare addresses by their normalizeEmailAddress form. */
export const emailAddressSchema = z.string().check(
  z.maxLength(254),
  z.refine((value) => normalizeEmailAddress(value) !== null, "must be an email address"),
  z.meta({ format: "idn-email" }),
);
