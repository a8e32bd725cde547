import type { LogFields } from "../logging/json-lines.ts";
import { withoutAddresses } from "../logging/redact.ts";

/**
 * What a failed SMTP attempt tells the operator, and whether trying again can help: a 5xx reply is the relay's
 * final word (bad recipient, policy), anything else — connection refused or reset, timeouts, 4xx — may pass later.
 */
export function deliveryFailure(error: unknown): { permanent: boolean; fields: LogFields } {
  const { code, responseCode, command, response, message } = error as {
    code?: string;
    responseCode?: number;
    command?: string;
    response?: string;
    message?: string;
  };
  return {
    permanent: responseCode !== undefined && responseCode >= 500 && responseCode < 600,
    fields: {
      code: code ?? null,
      responseCode: responseCode ?? null,
      command: command ?? null,
      reason: withoutAddresses(response ?? message ?? String(error)).slice(0, 300),
    },
  };
}
