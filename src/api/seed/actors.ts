import type { Actor } from "../contract/common.ts";

export const customer: Actor = { kind: "customer" };
export const system: Actor = { kind: "system" };
export const footerLink: Actor = { kind: "footer_link" };
export const gpc: Actor = { kind: "gpc" };
export const support = (agentName: string, reason: string, ticket?: string): Actor => ({
  kind: "support",
  agentName,
  reason,
  ...(ticket ? { ticket } : {}),
});
