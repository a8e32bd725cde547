import type { ActivityEvent } from "../contract/activity.ts";
import { historyEvent, type CommandEnv } from "./command.ts";

/** What the history says when a session starts; a support view says who looked, why, and in which mode. */
export function sessionStarted(env: CommandEnv): ActivityEvent {
  const { actor, scope } = env.session;
  if (actor.kind === "support")
    return historyEvent(env, { action: "support_access", target: "privacy_center", after: actor.mode });
  return historyEvent(env, { action: "signed_in", target: "session", after: scope });
}

export function sessionEnded(env: CommandEnv, everywhere: boolean): ActivityEvent {
  return historyEvent(env, { action: "signed_out", target: everywhere ? "all_sessions" : "session" });
}

/** A support view closed by the agent (Stop, or signing out of the console), or over after its 30 minutes. */
export function supportViewEnded(env: CommandEnv, how: "stopped" | "expired"): ActivityEvent {
  return historyEvent(env, { action: "support_access_ended", target: "privacy_center", after: how });
}

/** Development and tests only: `count` sign-ins by the customer, all at `now`, as a long history has them. */
export function pastSignIns(now: Date, count: number): ActivityEvent[] {
  const env: CommandEnv = {
    now,
    session: { scope: "full", actor: { kind: "customer" }, createdAt: now.toISOString() },
  };
  return Array.from({ length: count }, () => sessionStarted(env));
}
