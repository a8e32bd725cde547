import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { Link } from "react-router";
import type { CreatedSession } from "../../api/contract/session.ts";
import { isApiError } from "../../api/errors.ts";
import { sessionQuery } from "../../api/client/queries.ts";
import { forgetStepUp, isSteppingUp } from "../../api/client/step-up-intent.ts";
import { useApi } from "../../api/client/use-api.ts";
import { isWellFormedToken } from "../../api/rules/ids.ts";
import { useConfig } from "../../config/use-config.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { Loading } from "../../ui/loading.tsx";
import { PageHeading } from "../../ui/page-heading.tsx";
import { forgetSignInToken, pendingSignInToken } from "./sign-in-token.ts";

const nextStepLink = "inline-flex min-h-11 items-center font-medium underline";

/** A link that cannot sign anyone in: says why in the heading and the text, and offers a new one. */
function DeadLink({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={title} />
      <Alert tone="warning">{body}</Alert>
      <Link className={nextStepLink} to="/sign-in">
        {t("auth.confirm.newLink")}
      </Link>
    </>
  );
}

/**
 * Mail scanners open links too, so only this button press, a person's act, spends the token. Every way the link
 * can fail names its own cause: already signed in, cut short or changed, expired or used, or no connection.
 */
export function ConfirmSignIn({ onSignedIn }: { onSignedIn: (created: CreatedSession) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const config = useConfig();
  const queryClient = useQueryClient();
  const session = useQuery(sessionQuery(api));
  const [token] = useState(pendingSignInToken);
  const confirm = useMutation({
    mutationFn: (value: string) => api.createSession(value),
    onSuccess: (created) => {
      forgetSignInToken();
      forgetStepUp();
      queryClient.setQueryData(sessionQuery(api).queryKey, created.session);
      onSignedIn(created);
    },
  });

  if (session.isPending) return <Loading />;
  // Signed in already: say so and offer the overview, without spending the link. Signing in again stays one press
  // away only for the fresh sign-in a deletion asked for (step-up). A footer link's session is not a sign-in.
  if (session.data && session.data.scope !== "preferences" && confirm.isIdle) {
    return (
      <>
        <PageHeading title={t("deadEnds.signedIn.title")} />
        <Alert tone="info">{t("deadEnds.signedIn.body", { name: session.data.subject.name })}</Alert>
        <Link className={nextStepLink} to="/overview">
          {t("deadEnds.signedIn.overview")}
        </Link>
        {token && isWellFormedToken(token) && isSteppingUp() && (
          <>
            <p>{t("deadEnds.signedIn.again")}</p>
            <Button variant="secondary" className="self-start" onClick={() => confirm.mutate(token)}>
              {t("auth.confirm.submit")}
            </Button>
          </>
        )}
      </>
    );
  }
  if (!token) return <DeadLink title={t("deadEnds.noToken.title")} body={t("deadEnds.noToken.body")} />;
  if (!isWellFormedToken(token) || isApiError(confirm.error, "validation")) {
    forgetSignInToken();
    return <DeadLink title={t("deadEnds.malformed.title")} body={t("deadEnds.malformed.body")} />;
  }
  if (isApiError(confirm.error, "token_invalid")) {
    forgetSignInToken();
    return <DeadLink title={t("deadEnds.spent.title")} body={t("auth.confirm.invalid")} />;
  }

  return (
    <>
      <PageHeading title={t("auth.confirm.title")} />
      <p>{t("auth.confirm.body", { company: config.company.name })}</p>
      {confirm.isError && <Alert tone="error">{t("auth.confirm.failed")}</Alert>}
      <Button disabled={confirm.isPending} onClick={() => confirm.mutate(token)}>
        {confirm.isPending ? t("auth.confirm.signingIn") : t("auth.confirm.submit")}
      </Button>
    </>
  );
}
