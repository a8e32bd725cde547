/** Longest redirect kept; no path of this app comes near it. */
export const redirectMaxLength = 500;

/**
 * Control characters anywhere: URL parsing silently drops tab, CR and LF, so "/\t/evil.example/" becomes
 * "//evil.example/", another origin. Lone surrogates: not text at all.
 */
const unsafeCharacter = /[\p{Cc}\p{Cs}\\]/u;

const base = "http://app.invalid";

/**
 * A path inside this app, the one rule the server applies to `redirectTo` and the app to where it navigates:
 * it starts with one "/", has no backslash (browsers read it as "/") or control character, and whatever a URL
 * parser makes of it stays on this origin and does not start with "//".
 */
export function isAppPath(value: string): boolean {
  if (value.length > redirectMaxLength || !value.startsWith("/") || value.startsWith("//")) return false;
  if (unsafeCharacter.test(value)) return false;
  const url = new URL(value, base);
  return url.origin === base && !url.pathname.startsWith("//");
}

/** The path to go to after sign-in, or undefined when it is not a path of this app. */
export function safeRedirect(value: string | null | undefined): string | undefined {
  return typeof value === "string" && isAppPath(value) ? value : undefined;
}
