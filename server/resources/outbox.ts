import { notFound } from "../http/errors.ts";
import type { Handlers } from "../http/routes.ts";
import { listOutbox } from "../mail/outbox.ts";

export const outboxHandlers: Pick<Handlers, "listDevOutbox"> = {
  /** Development only: in production it does not exist, like any unknown route. */
  async listDevOutbox({ deps, db }) {
    if (deps.production) throw notFound();
    return { messages: await listOutbox(db) };
  },
};
