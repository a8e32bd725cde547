import type { OutboxMessage } from "../../src/api/contract/session.ts";
import { newId } from "../auth/tokens.ts";
import type { Db } from "../db/schema.ts";
import type { Logger } from "../deps.ts";
import type { Mailer } from "./mailer.ts";

/** Development without SMTP: messages are kept in the database, printed, and listed by GET /api/dev/outbox. */
export function createOutboxMailer(db: Db, now: () => Date, log: Logger): Mailer {
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
      log.info(`[outbox] To ${message.to}: ${message.subject}${message.link ? `\n[outbox] ${message.link}` : ""}`);
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
