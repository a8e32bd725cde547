import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { isApiError } from "../../api/errors.ts";
import { useApi } from "../../api/client/use-api.ts";
import { contractLocale } from "../../i18n/i18n.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { TextField } from "../../ui/text-field.tsx";
import { emailErrorKey } from "./email-field-error.ts";

/** The contract's own email check, loaded when the field is first used rather than with the page (decision 0065). */
const loadEmailSchema = () =>
  import("../../api/contract/session.ts").then((contract) => contract.magicLinkRequestSchema.shape.email);
type EmailSchema = Awaited<ReturnType<typeof loadEmailSchema>>;

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
  const [emailSchema, setEmailSchema] = useState<EmailSchema | null>(null);
  const [checkFailed, setCheckFailed] = useState(false);
  const loadCheck = async (): Promise<EmailSchema | null> => {
    try {
      const schema = await loadEmailSchema();
      setEmailSchema(schema);
      return schema;
    } catch {
      // The check's code could not be fetched (offline): said like a failed send, and tried again on the next one.
      setCheckFailed(true);
      return null;
    }
  };
  const send = useMutation({
    mutationFn: (address: string) =>
      api.requestMagicLink({ email: address, redirectTo, locale: contractLocale(i18n.language) }),
    onSuccess: (_, address) => onSent(address),
  });
  const valid = emailSchema?.safeParse(email.trim()).success ?? false;
  const errorKey = submitted && emailSchema ? emailErrorKey(valid, email) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    setCheckFailed(false);
    const schema = emailSchema ?? (await loadCheck());
    if (!schema) return;
    setSubmitted(true);
    if (schema.safeParse(address).success) send.mutate(address);
    else input.current?.focus();
  };

  return (
    // POST: if it is sent before the script has run (the server prerenders this page), the address stays out of
    // the URL, the history and the logs; the server answers by showing the page again.
    <form method="post" noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
      <TextField
        ref={input}
        label={t("auth.email.label")}
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        value={email}
        onFocus={() => void (emailSchema ?? loadCheck())}
        onChange={(event) => {
          if (!emailSchema) void loadCheck();
          setEmail(event.target.value);
        }}
        error={errorKey ? t(errorKey) : undefined}
      />
      {checkFailed && <Alert tone="error">{t("auth.signIn.failed")}</Alert>}
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
