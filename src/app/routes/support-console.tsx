import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useNavigate } from "react-router";
import { sessionQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { Component as SupportFrame } from "../../features/support/support-layout.tsx";
import { SessionTimeout } from "../shell/session-timeout.tsx";

/**
 * The support console: the staff member's own session idles out like a customer's (30 minutes), so it gets the
 * same warning two minutes before (WCAG 2.2.1), and the same ended-session page when it runs out.
 */
export function Component() {
  const navigate = useNavigate();
  const session = useQuery(sessionQuery(useApi()));
  const ended = session.isSuccess && session.data === null;
  useEffect(() => {
    if (ended) void navigate("/sign-in?next=%2Fsupport", { replace: true, state: { sessionEnded: true } });
  }, [ended, navigate]);
  return (
    <>
      {session.data?.scope === "staff" && <SessionTimeout session={session.data} />}
      <SupportFrame />
    </>
  );
}
