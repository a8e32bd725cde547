import { existsSync } from "node:fs";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { startServer } from "./boot.ts";
import { StartupError, projectRoot, readSettings } from "./settings.ts";

/** The gist of a build error: its first lines, without terminal colours. */
function summary(error: unknown): string {
  const lines = stripVTControlCharacters(String((error as Error)?.message ?? error))
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return (lines[0]?.startsWith("Build failed") ? lines.slice(0, 2) : lines.slice(0, 1)).join(" ");
}

/** `npm start`: build the SPA if it is missing, then one process serves it and the API on PORT/HOST. */
async function buildSpa(): Promise<void> {
  console.log("Building the app (dist/ is missing)…");
  try {
    const { build } = await import("vite");
    await build({ root: projectRoot, logLevel: "warn" });
    // The public pages' prerender (decision 0058), into dist/.ssr.
    await build({ root: projectRoot, logLevel: "warn", build: { ssr: true } });
  } catch (error) {
    throw new StartupError(
      `Candor could not build the app (${summary(error)}). Run \`npm run build\` to see the whole error.`,
    );
  }
}

async function main(): Promise<void> {
  const settings = readSettings();
  const dist = path.join(projectRoot, "dist");
  if (settings.serveApp && !existsSync(path.join(dist, "index.html"))) await buildSpa();
  const server = await startServer({ settings, staticRoot: settings.serveApp ? dist : null, printOutbox: console.log });
  console.log(`Candor is running at ${server.url}`);
  if (!settings.smtpUrl)
    console.log(`No SMTP_URL: sign-in emails are printed here and listed at ${server.url}/api/dev/outbox`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
