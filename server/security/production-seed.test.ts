import { describe, expect, it } from "vitest";
import { readSettings } from "../settings.ts";
import { testClock } from "../test-support/clock.ts";
import { startTestServer } from "../test-support/test-server.ts";
import { databases } from "../test-support/databases.ts";

const production = {
  NODE_ENV: "production",
  SMTP_URL: "smtp://localhost:2525",
  PUBLIC_URL: "https://privacy.example.com",
  LINK_SIGNING_SECRET: "a-production-link-key-of-32-characters",
};

/** How many customers a fresh database holds once a server started from these environment variables is up. */
async function customersAfterStart(env: NodeJS.ProcessEnv, databaseUrl: string | null): Promise<number> {
  const { seed, production: inProduction, smtpUrl, publicUrl, devOutbox } = readSettings(env);
  const server = await startTestServer({
    clock: testClock(),
    databaseUrl,
    settings: { seed, production: inProduction, smtpUrl, publicUrl, devOutbox },
  });
  try {
    // Staff accounts are seeded beside the customers; this counts the customers.
    return (await server.db.selectFrom("subjects").select("id").where("role", "=", "customer").execute()).length;
  } finally {
    await server.close();
  }
}

describe.each(databases)("demo customers on $name", ({ databaseUrl }) => {
  it("are not seeded in production unless SEED asks", async () => {
    expect(await customersAfterStart(production, databaseUrl)).toBe(0);
    expect(await customersAfterStart({ ...production, SEED: "true" }, databaseUrl)).toBe(6);
  });

  it("are seeded in development unless SEED=false", async () => {
    expect(await customersAfterStart({}, databaseUrl)).toBe(6);
    expect(await customersAfterStart({ SEED: "false" }, databaseUrl)).toBe(0);
  });
});
