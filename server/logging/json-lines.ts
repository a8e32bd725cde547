import type { Logger } from "../deps.ts";
import { withoutAddresses } from "./redact.ts";

export type LogFields = Record<string, string | number | boolean | null>;

/**
 * Writes one JSON object as one line. JSON.stringify escapes line breaks, NUL and every other control character,
 * so nothing a client sends can start a forged line of its own. Callers pass what the operator needs, never a
 * token, a cookie, an email address or a session id.
 */
export function logLine(log: Logger, level: "info" | "error", event: string, fields: LogFields): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === "error") log.error(line);
  else log.info(line);
}

/** An unexpected error as log fields: its stack says where, inside the one line, without the addresses it quotes. */
export function errorFields(error: unknown): LogFields {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return { error: withoutAddresses(text) };
}
