export interface BenchSession {
  cookie: string;
  /** The versions the subject's next writes must be based on. */
  preferencesVersion: number;
  consentsVersion: number;
  /** The subject's email-footer link, for the one-click unsubscribe (RFC 8058), when asked for. */
  oneClickPath: string | null;
}

const versionOf = async (origin: string, path: string, cookie: string) =>
  ((await (await fetch(`${origin}${path}`, { headers: { Cookie: cookie } })).json()) as { version: number }).version;

/** A footer link minted by the dev endpoint (the server needs a signing key), as a path. */
async function footerLinkPath(origin: string, email: string): Promise<string> {
  const minted = await fetch(`${origin}/api/dev/footer-links`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: origin, "X-Candor-CSRF": "1" },
    body: JSON.stringify({ email }),
  });
  if (minted.status !== 201) throw new Error(`footer link for ${email}: HTTP ${minted.status}`);
  return `/u/${((await minted.json()) as { token: string }).token}`;
}

/** Signs a subject in the way a person does (link by email, read from the dev outbox) and returns the raw cookie. */
export async function signInForBench(
  origin: string,
  email: string,
  options: { footerLink?: boolean } = {},
): Promise<BenchSession> {
  const headers = { "Content-Type": "application/json", Origin: origin, "X-Candor-CSRF": "1" };
  const asked = await fetch(`${origin}/api/auth/magic-links`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email }),
  });
  if (asked.status !== 202) throw new Error(`magic link for ${email}: HTTP ${asked.status}`);
  const { messages } = (await (await fetch(`${origin}/api/dev/outbox`)).json()) as {
    messages: { to: string; link: string }[];
  };
  const link = messages.find((message) => message.to === email)?.link;
  const token = link && new URLSearchParams(new URL(link).hash.slice(1)).get("token");
  if (!token) throw new Error(`no sign-in email for ${email}`);
  const created = await fetch(`${origin}/api/auth/sessions`, {
    method: "POST",
    headers,
    body: JSON.stringify({ token }),
  });
  const cookie = created.headers.getSetCookie()[0]?.split(";")[0];
  if (created.status !== 201 || !cookie) throw new Error(`session for ${email}: HTTP ${created.status}`);
  return {
    cookie,
    oneClickPath: options.footerLink ? await footerLinkPath(origin, email) : null,
    preferencesVersion: await versionOf(origin, "/api/preferences", cookie),
    consentsVersion: await versionOf(origin, "/api/consents", cookie),
  };
}

/** Re-reads each subject's versions: a write still in flight when a run ended has moved them on. */
export async function refreshVersions(origin: string, sessions: BenchSession[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const session of sessions) {
    session.preferencesVersion = await versionOf(origin, "/api/preferences", session.cookie);
    session.consentsVersion = await versionOf(origin, "/api/consents", session.cookie);
  }
}

/** The preferences link an email footer to this subject would carry, minted through the dev controls. */
export async function footerLinkForBench(origin: string, email: string): Promise<string> {
  const minted = await fetch(`${origin}/api/dev/footer-links`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: origin, "X-Candor-CSRF": "1" },
    body: JSON.stringify({ email }),
  });
  if (minted.status !== 201) throw new Error(`footer link for ${email}: HTTP ${minted.status}`);
  const { token } = (await minted.json()) as { token: string };
  return `${origin}/p/${token}`;
}
