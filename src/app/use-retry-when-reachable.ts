import { useCallback, useEffect, useState } from "react";
import { serverAnswers } from "./server-answers.ts";

/**
 * "Try again" that never reloads into the browser's own error page: it first asks whether the server answers;
 * only then does it run `recover`. While the server is silent it keeps asking by itself, every 5 s.
 */
export function useRetryWhenReachable(recover: () => void, watching: boolean) {
  const [state, setState] = useState<"idle" | "checking" | "stillDown">("idle");
  const retry = useCallback(async () => {
    setState("checking");
    if (await serverAnswers()) {
      setState("idle");
      recover();
    } else setState("stillDown");
  }, [recover]);
  useEffect(() => {
    if (!watching) return;
    const timer = setInterval(() => void serverAnswers().then((up) => up && recover()), 5000);
    return () => clearInterval(timer);
  }, [watching, recover]);
  return { state, retry };
}
