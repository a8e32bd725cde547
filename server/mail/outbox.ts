import type { OutboxMessage } from "../../src/api/contract/session.ts";
import { newId } from "../auth/tokens.ts";
import type { Db } from "../db/schema.ts";
import type { Mailer } from "./mailer.ts";

/**
 * Development without SMTP: messages are kept in the database, listed by GET /api/dev/outbox, and printed to the
 * terminal when `print` is given (`npm start` outside production). The print is a convenience for the person at
 * the terminal, not a log: it carries the address and the link, so it never goes through the request log.
 */
export function createOutboxMailer(db: Db, now: () => Date, print: ((text: string) => void) | null): Mailer {
  return {
    async send(message) {
      await db
        .insertInto("outbox")
        .values({
          id: newId("msg"),
          to_address: message.to,
          subject: message.subject,
          text: message.text,
          link: message.link,
          at: now().toISOString(),
        })
        .execute();
      print?.(`[outbox] To ${message.to}: ${message.subject}${message.link ? `\n[outbox] ${message.link}` : ""}`);
    },
  };
}

/** Newest first, like an inbox. */
export async function listOutbox(db: Db): Promise<OutboxMessage[]> {
  const rows = await db.selectFrom("outbox").selectAll().orderBy("seq", "desc").limit(200).execute();
  return rows.map((row) => ({
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    text: row.text,
    link: row.link,
    at: row.at,
  }));
}
