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
