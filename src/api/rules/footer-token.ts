import type { ChannelId } from "../contract/common.ts";
import { channelIds } from "../contract/id-shapes.ts";

/** What a footer link names: always the subject; a topic, a channel, both, or neither ("all marketing"). */
export interface FooterLinkTarget {
  subjectId: string;
  topicId?: string;
  channelId?: ChannelId;
}

export interface FooterLinkClaims extends FooterLinkTarget {
  /** Absent: the link works until the signing key is retired. */
  expiresAt?: Date;
}

export type FooterTokenCheck =
  { ok: true; claims: FooterLinkClaims } | { ok: false; reason: "malformed" | "bad_signature" | "expired" };

const formatVersion = 1;
const macBytes = 16;
const flag = { topic: 1, channel: 2, expiry: 4, compactSubject: 8 } as const;
/** The ids Candor makes (`newId("subj")`): their 12 random bytes go in as bytes, not as 21 characters. */
const compactSubjectId = /^subj_[A-Za-z0-9_-]{16}$/;
const maxIdBytes = 100;

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder("utf-8", { fatal: true });

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

const keys = new Map<string, Promise<CryptoKey>>();
// Importing the key cost as much as signing with it, on every link checked: one import per secret.
function keyOf(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    // Fresh arrays: SubtleCrypto rejects buffers from another realm (jsdom) and shared views.
    key = crypto.subtle.importKey(
      "raw",
      Uint8Array.from(utf8.encode(secret)),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign"],
    );
    keys.set(secret, key);
    key.catch(() => keys.delete(secret));
  }
  return key;
}

async function mac(secret: string, payload: Uint8Array): Promise<Uint8Array> {
  const key = await keyOf(secret);
  const full = new Uint8Array(await crypto.subtle.sign("HMAC", key, Uint8Array.from(payload)));
  return full.slice(0, macBytes);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= a[index]! ^ b[index]!;
  return difference === 0;
}

function pushString(out: number[], value: string): void {
  const bytes = utf8.encode(value);
  if (bytes.length === 0 || bytes.length > maxIdBytes) throw new Error(`Cannot put "${value}" in a footer link`);
  out.push(bytes.length, ...bytes);
}

/**
 * A compact binary payload, so a link fits an SMS: version, flags, the subject id, then the topic id, the channel
 * (its index in the contract's fixed channel list) and the expiry in Unix seconds when present, then the first 128
 * bits of HMAC-SHA256 over all of it. Topics are named by id, not position, so reordering the config never makes
 * an old link mean another topic.
 */
export async function signFooterToken(claims: FooterLinkClaims, secret: string): Promise<string> {
  const out: number[] = [formatVersion, 0];
  if (compactSubjectId.test(claims.subjectId)) {
    out[1]! |= flag.compactSubject;
    out.push(...fromBase64url(claims.subjectId.slice(5))!);
  } else pushString(out, claims.subjectId);
  if (claims.topicId !== undefined) {
    out[1]! |= flag.topic;
    pushString(out, claims.topicId);
  }
  if (claims.channelId !== undefined) {
    out[1]! |= flag.channel;
    out.push(channelIds.indexOf(claims.channelId));
  }
  if (claims.expiresAt !== undefined) {
    out[1]! |= flag.expiry;
    const seconds = Math.ceil(claims.expiresAt.getTime() / 1000);
    out.push((seconds >>> 24) & 255, (seconds >>> 16) & 255, (seconds >>> 8) & 255, seconds & 255);
  }
  const payload = Uint8Array.from(out);
  const signature = await mac(secret, payload);
  const token = new Uint8Array(payload.length + signature.length);
  token.set(payload);
  token.set(signature, payload.length);
  return base64url(token);
}

function decode(payload: Uint8Array): FooterLinkClaims | null {
  let at = 0;
  const byte = () => (at < payload.length ? payload[at++]! : null);
  const string = () => {
    const length = byte();
    if (!length || at + length > payload.length) return null;
    try {
      return fromUtf8.decode(payload.slice(at, (at += length)));
    } catch {
      return null;
    }
  };
  if (byte() !== formatVersion) return null;
  const flags = byte();
  if (flags === null || (flags & ~(flag.topic | flag.channel | flag.expiry | flag.compactSubject)) !== 0) return null;
  let subjectId: string | null;
  if (flags & flag.compactSubject) {
    if (at + 12 > payload.length) return null;
    subjectId = `subj_${base64url(payload.slice(at, (at += 12)))}`;
  } else subjectId = string();
  if (subjectId === null) return null;
  const claims: FooterLinkClaims = { subjectId };
  if (flags & flag.topic) {
    const topicId = string();
    if (topicId === null) return null;
    claims.topicId = topicId;
  }
  if (flags & flag.channel) {
    const channelId = channelIds[byte() ?? -1];
    if (channelId === undefined) return null;
    claims.channelId = channelId;
  }
  if (flags & flag.expiry) {
    if (at + 4 > payload.length) return null;
    const seconds =
      ((payload[at]! << 24) >>> 0) + (payload[at + 1]! << 16) + (payload[at + 2]! << 8) + payload[at + 3]!;
    at += 4;
    claims.expiresAt = new Date(seconds * 1000);
  }
  return at === payload.length ? claims : null;
}

/** Any of the keys may have signed it (rotation: the newest signs, the older ones still verify until removed). */
export async function verifyFooterToken(
  token: string,
  secrets: readonly string[],
  now: Date,
): Promise<FooterTokenCheck> {
  const bytes = token.length <= 400 ? fromBase64url(token) : null;
  if (!bytes || bytes.length <= macBytes + 2) return { ok: false, reason: "malformed" };
  const payload = bytes.slice(0, bytes.length - macBytes);
  const signature = bytes.slice(bytes.length - macBytes);
  let signed = false;
  for (const secret of secrets) if (sameBytes(await mac(secret, payload), signature)) signed = true;
  if (!signed) return { ok: false, reason: "bad_signature" };
  const claims = decode(payload);
  if (!claims) return { ok: false, reason: "malformed" };
  if (claims.expiresAt && claims.expiresAt <= now) return { ok: false, reason: "expired" };
  return { ok: true, claims };
}

/** `LINK_SIGNING_SECRET` is a comma-separated list: the first key signs, every one of them verifies. */
export function parseSigningSecrets(value: string): string[] {
  return value
    .split(",")
    .map((secret) => secret.trim())
    .filter((secret) => secret.length > 0);
}
