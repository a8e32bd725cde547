import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CreatedSession } from "../../api/contract/session.ts";
import { isApiError } from "../../api/errors.ts";
import { sessionQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { useConfig } from "../../config/use-config.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { forgetSignInToken, pendingSignInToken } from "./sign-in-token.ts";

/** Mail scanners open links too, so only this button press, a person's act, spends the token. */
export function ConfirmSignIn({ onSignedIn }: { onSignedIn: (created: CreatedSession) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const config = useConfig();
  const queryClient = useQueryClient();
  const [token] = useState(pendingSignInToken);
  const confirm = useMutation({
    mutationFn: (value: string) => api.createSession(value),
    onSuccess: (created) => {
      forgetSignInToken();
      queryClient.setQueryData(sessionQuery(api).queryKey, created.session);
      onSignedIn(created);
    },
  });

  if (!token || isApiError(confirm.error, "token_invalid")) {
    if (token) forgetSignInToken();
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="warning">{t("auth.confirm.invalid")}</Alert>
        <Link className="font-medium underline" to="/sign-in">
          {t("auth.confirm.newLink")}
        </Link>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <p>{t("auth.confirm.body", { company: config.company.name })}</p>
      {confirm.isError && <Alert tone="error">{t("auth.confirm.failed")}</Alert>}
      <Button disabled={confirm.isPending} onClick={() => confirm.mutate(token)}>
        {confirm.isPending ? t("auth.confirm.signingIn") : t("auth.confirm.submit")}
      </Button>
    </div>
  );
}
