function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** 32 random bytes, URL-safe: the same strength the server uses for sign-in tokens and session ids. */
export function randomToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

export function newId(prefix: string): string {
  return `${prefix}_${base64url(crypto.getRandomValues(new Uint8Array(12)))}`;
}

/** Only hashes are kept in storage, so whoever reads it cannot replay a link or a session. */
export async function sha256(text: string): Promise<string> {
  // Copying into a fresh array keeps SubtleCrypto happy when TextEncoder comes from another realm (jsdom).
  const bytes = Uint8Array.from(new TextEncoder().encode(text));
  return base64url(new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)));
}
