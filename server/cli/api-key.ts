import { parseArgs } from "node:util";
import { openDatabase } from "../db/open.ts";
import { createApiKey, listApiKeys, revokeApiKey } from "../links/api-keys.ts";
import { readSettings, StartupError } from "../settings.ts";

const usage = "Usage: npm run api-key -- create --name <name> | list | revoke --name <name>";

/** `npm run api-key`: keys for the operator API; a new key is printed once and only its hash is kept. */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    options: { name: { type: "string" } },
    allowPositionals: true,
  });
  const [command] = positionals;
  const name = values.name?.trim();
  if (!command || !["create", "list", "revoke"].includes(command)) throw new StartupError(usage);
  if (command !== "list" && !name) throw new StartupError(`--name is required.\n${usage}`);
  const settings = readSettings();
  const database = await openDatabase({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
  try {
    if (command === "create") {
      const taken = (await listApiKeys(database.db)).some((key) => key.name === name);
      if (taken) throw new StartupError(`A key named "${name}" exists; revoke it first or pick another name.`);
      const { key } = await createApiKey(database.db, name!, new Date());
      console.log(key);
      console.error(`Created "${name}". Keep it now: it is not shown again. Send it as Authorization: Bearer <key>.`);
    } else if (command === "list") {
      for (const key of await listApiKeys(database.db))
        console.log(`${key.name}\tcreated ${key.created_at}\tlast used ${key.last_used_at ?? "never"}`);
    } else if (!(await revokeApiKey(database.db, name!))) throw new StartupError(`No key is named "${name}".`);
    else console.error(`Revoked "${name}".`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StartupError || error instanceof TypeError ? error.message : error);
  process.exit(1);
});
