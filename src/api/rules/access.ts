import type { Session } from "../contract/session.ts";
import type { Endpoint } from "../endpoints.ts";

export interface AccessDenial {
  code: "unauthorized" | "forbidden";
  message: string;
}

/** Who may call an endpoint: `null` means allowed. A read-only support session may look but never write. */
export function accessDenial(
  session: Pick<Session, "scope" | "actor"> | null,
  endpoint: Pick<Endpoint, "auth" | "method">,
): AccessDenial | null {
  if (endpoint.auth === "none") return null;
  if (!session) return { code: "unauthorized", message: "Please sign in to continue." };
  // Staff reach a customer's data only through a view opened with a reason, never with their console session.
  if (endpoint.auth === "staff")
    return session.scope === "staff" ? null : { code: "forbidden", message: "This is for support staff only." };
  if (session.scope === "staff")
    return { code: "forbidden", message: "Open the customer from the support console, with a reason, first." };
  if (endpoint.auth === "full" && session.scope !== "full")
    return {
      code: "forbidden",
      message: "This link only opens your communication preferences. Sign in with an email link to see the rest.",
    };
  if (endpoint.method !== "GET" && session.actor.kind === "support" && session.actor.mode === "read_only")
    return { code: "forbidden", message: "This support session is read-only." };
  return null;
}
