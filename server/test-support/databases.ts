/** SQLite always, and PostgreSQL when DATABASE_URL names one (CI sets it): for describe.each over both. */
export const databases: { name: string; databaseUrl: string | null }[] = [
  { name: "SQLite", databaseUrl: null },
  ...(process.env.DATABASE_URL ? [{ name: "PostgreSQL", databaseUrl: process.env.DATABASE_URL }] : []),
];
