import type { QueryClient } from "@tanstack/react-query";
import type { Session } from "../contract/session.ts";
import type { PrivacyApi } from "../privacy-api.ts";
import { consentsQuery, consentWriteInvalidates } from "./queries.ts";

const honouredKey = "candor.gpc.honoured";
const running = new Map<string, Promise<void>>();

/** Whether this browser sends Global Privacy Control (it then also sends `Sec-GPC: 1` with every request). */
export function browserSendsGpc(): boolean {
  return (globalThis.navigator as { globalPrivacyControl?: unknown } | undefined)?.globalPrivacyControl === true;
}

/**
 * Tells the backend once per session that this browser sends GPC, before the session's pages load their
 * consents. The app makes this call, not the server on its own, because the in-browser mock can only see the
 * navigator signal: so both backends behave alike. A support agent's browser never speaks for the customer. A
 * failure is left for the next page to try again; the backend's rule is idempotent, so trying again is safe.
 */
export function honourGpc(api: PrivacyApi, queryClient: QueryClient, session: Session): Promise<void> {
  if (!browserSendsGpc() || session.actor.kind === "support") return Promise.resolve();
  const key = `${session.subject.id}@${session.createdAt}`;
  if (globalThis.sessionStorage?.getItem(honouredKey) === key) return Promise.resolve();
  const existing = running.get(key);
  if (existing) return existing;
  const applying = (async () => {
    try {
      const { optedOut } = await api.applyGpc();
      globalThis.sessionStorage?.setItem(honouredKey, key);
      if (optedOut.length === 0) return;
      await Promise.all(
        [consentsQuery(api).queryKey, ...consentWriteInvalidates].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
    } catch {
      running.delete(key);
    }
  })();
  running.set(key, applying);
  return applying;
}
