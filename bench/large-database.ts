import pg from "pg";

export const largeDatabase = { subjects: 1_000_000, events: 5_000_000 };

/** One history event as the app stores it, built in SQL around an id expression. */
const eventSql = (id: string) =>
  `'{"id":"' || ${id} || '","at":"2026-01-01T00:00:00.000Z","actor":{"kind":"customer"},"action":"preferences_changed","target":"offers","before":null,"after":null}'`;

/**
 * Fills a migrated PostgreSQL schema with a million customers and five million history events in a few
 * set-based statements (generate_series), so the bench can check that figures hold on a database of that
 * size. Events are spread evenly over the customers; every row is a valid one of its table.
 */
export async function seedLargePostgres(url: string, schema: string, size = largeDatabase): Promise<void> {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    const preferences = JSON.stringify({ channels: {}, topics: [], pausedUntil: null });
    await client.query(
      `insert into subjects (id, email, name, locale, jurisdiction, created_at)
       select 'big-' || g, 'big-' || g || '@example.com', 'Customer ' || g, 'en', 'EU', '2026-01-01T00:00:00.000Z'
       from generate_series(1, $1::int) g`,
      [size.subjects],
    );
    await client.query(
      `insert into preferences (subject_id, version, state) select 'big-' || g, 0, $2 from generate_series(1, $1::int) g`,
      [size.subjects, preferences],
    );
    await client.query(
      `insert into activity (id, subject_id, event)
       select 'big-e' || g, 'big-' || (1 + g % $2::int), ${eventSql("'big-e' || g")}
       from generate_series(1, $1::int) g`,
      [size.events, size.subjects],
    );
    await client.query("analyze");
  } finally {
    await client.end();
  }
}
