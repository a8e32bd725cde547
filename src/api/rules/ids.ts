/** What an id names; the prefix makes a stray id in a log or a support ticket recognisable. */
export type IdKind = "act" | "consent" | "rcpt" | "req" | "msg" | "subj";

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

// Random bytes are drawn a few kilobytes at a time and each handed out once: one call into the system's generator
// per id cost a server write more than the rest of making its ids.
const pool = new Uint8Array(4096);
let drawn = pool.length;

function randomBytes(count: number): Uint8Array {
  if (drawn + count > pool.length) {
    crypto.getRandomValues(pool);
    drawn = 0;
  }
  const bytes = pool.slice(drawn, drawn + count);
  drawn += count;
  return bytes;
}

/** 96 random bits: ids are never guessable, so knowing one of yours tells nothing about anyone else's. */
export function newId(kind: IdKind): string {
  return `${kind}_${base64url(randomBytes(12))}`;
}

/** 32 random bytes, URL-safe: sign-in tokens and session ids on both backends. */
export function randomToken(): string {
  return base64url(randomBytes(32));
}

/** What randomToken (and the server's newToken) makes: 43 URL-safe characters. Anything else was cut or changed. */
export function isWellFormedToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
