import { notFound } from "../http/errors.ts";
import type { Handlers } from "../http/routes.ts";
import { listOutbox } from "../mail/outbox.ts";

export const outboxHandlers: Pick<Handlers, "listDevOutbox"> = {
  /** Only where it is safe (see settings' devOutbox); elsewhere it does not exist, like any unknown route. */
  async listDevOutbox({ deps, db }) {
    if (!deps.devOutbox) throw notFound();
    return { messages: await listOutbox(db) };
  },
};
