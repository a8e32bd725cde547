import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseSigningSecrets } from "../../src/api/rules/footer-token.ts";
import type { Settings } from "../settings.ts";

export const devKeyFile = "link-signing.key";

/**
 * LINK_SIGNING_SECRET when set (production must set it); otherwise, in development, one key generated on first
 * start and kept in DATA_DIR (readable by this user only), so links minted yesterday still work today and the
 * CLI signs with the same key as the server.
 */
export async function linkSigningSecrets(
  settings: Pick<Settings, "linkSigningSecrets" | "dataDir">,
): Promise<string[]> {
  if (settings.linkSigningSecrets?.length) return settings.linkSigningSecrets;
  const file = path.join(settings.dataDir, devKeyFile);
  try {
    const stored = parseSigningSecrets(await readFile(file, "utf8"));
    if (stored.length > 0) return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await mkdir(settings.dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    // "wx": two processes starting at once must not each write a different key; the loser reads the winner's.
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return [secret];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return parseSigningSecrets(await readFile(file, "utf8"));
  }
}
