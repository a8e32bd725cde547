import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes, URL-safe: sign-in tokens and session ids. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only hashes are stored, so a leaked database cannot sign anyone in. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString("base64url")}`;
}
