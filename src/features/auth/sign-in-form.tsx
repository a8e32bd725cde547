import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { magicLinkRequestSchema } from "../../api/contract/session.ts";
import { isApiError } from "../../api/errors.ts";
import { useApi } from "../../api/client/use-api.ts";
import { contractLocale } from "../../i18n/i18n.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { TextField } from "../../ui/text-field.tsx";
import { catalogKeyResolver, fieldErrorText, setServerFieldErrors } from "../../ui/form-errors.ts";

const formSchema = z.object({ email: magicLinkRequestSchema.shape.email });
type FormValues = z.infer<typeof formSchema>;

interface SignInFormProps {
  redirectTo: string | undefined;
  onSent: (email: string) => void;
}

export function SignInForm({ redirectTo, onSent }: SignInFormProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { register, handleSubmit, formState, setError } = useForm<FormValues>({
    resolver: catalogKeyResolver(formSchema),
    defaultValues: { email: "" },
  });
  const send = useMutation({
    mutationFn: (email: string) => api.requestMagicLink({ email, redirectTo, locale: contractLocale(i18n.language) }),
    onSuccess: (_, email) => onSent(email),
    onError: (error) => {
      if (isApiError(error, "validation")) setServerFieldErrors(error, setError, ["email"]);
    },
  });

  return (
    <form noValidate onSubmit={handleSubmit(({ email }) => send.mutate(email.trim()))} className="flex flex-col gap-4">
      <TextField
        label={t("auth.email.label")}
        type="email"
        autoComplete="email"
        inputMode="email"
        error={fieldErrorText(t, "auth.email", formState.errors.email?.message)}
        {...register("email", { setValueAs: (value: string) => value.trim() })}
      />
      {send.isError && !isApiError(send.error, "validation") && (
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
