import { useNavigate } from "react-router";
import { ConfirmSignIn } from "../../features/auth/confirm-sign-in.tsx";
import { safeRedirect } from "../../api/rules/safe-redirect.ts";

/** The feature names the page itself: its heading changes with what became of the link. */
export function Component() {
  const navigate = useNavigate();
  return (
    <ConfirmSignIn
      onSignedIn={(created) =>
        void navigate(
          created.session.scope === "staff" ? "/support" : (safeRedirect(created.redirectTo) ?? "/overview"),
          { replace: true },
        )
      }
    />
  );
}
