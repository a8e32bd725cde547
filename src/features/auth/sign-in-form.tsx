import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { magicLinkRequestSchema } from "../../api/contract/session.ts";
import { isApiError } from "../../api/errors.ts";
import { useApi } from "../../api/client/use-api.ts";
import { contractLocale } from "../../i18n/i18n.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { TextField } from "../../ui/text-field.tsx";
import { emailErrorKey } from "./email-field-error.ts";

const emailSchema = magicLinkRequestSchema.shape.email;

interface SignInFormProps {
  redirectTo: string | undefined;
  onSent: (email: string) => void;
}

/**
 * One field, so plain state rather than a form library: react-hook-form would be 14 kB gz of the sign-in
 * page's first load (decision 0036). As a form library does, it checks on submit, then again on every change.
 */
export function SignInForm({ redirectTo, onSent }: SignInFormProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const send = useMutation({
    mutationFn: (address: string) =>
      api.requestMagicLink({ email: address, redirectTo, locale: contractLocale(i18n.language) }),
    onSuccess: (_, address) => onSent(address),
  });
  const valid = emailSchema.safeParse(email.trim()).success;
  const errorKey = submitted ? emailErrorKey(valid, email) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (valid) send.mutate(email.trim());
    else input.current?.focus();
  };

  return (
    // POST: if it is sent before the script has run (the server prerenders this page), the address stays out of
    // the URL, the history and the logs; the server answers by showing the page again.
    <form method="post" noValidate onSubmit={submit} className="flex flex-col gap-4">
      <TextField
        ref={input}
        label={t("auth.email.label")}
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errorKey ? t(errorKey) : undefined}
      />
      {send.isError && (
        <Alert tone="error">
          {isApiError(send.error, "rate_limited")
            ? t("auth.signIn.rateLimited", { count: send.error.retryAfter ?? 60 })
            : t("auth.signIn.failed")}
        </Alert>
      )}
      <Button type="submit" disabled={send.isPending}>
        {send.isPending ? t("auth.signIn.sending") : t("auth.signIn.submit")}
      </Button>
    </form>
  );
}
