import { useEffect, useState } from "react";

/** Seconds left before an action may run again; `start(n)` begins a new wait. */
export function useCooldown(initialSeconds: number) {
  const [until, setUntil] = useState(() => Date.now() + initialSeconds * 1000);
  const [now, setNow] = useState(() => Date.now());
  const remaining = Math.max(0, Math.ceil((until - now) / 1000));

  useEffect(() => {
    if (remaining === 0) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [remaining]);

  return {
    remaining,
    start: (seconds: number) => {
      setUntil(Date.now() + seconds * 1000);
      setNow(Date.now());
    },
  };
}
