import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { magicLinkRequestSchema } from "../../api/contract/session.ts";
import { isApiError } from "../../api/errors.ts";
import { useApi } from "../../api/use-api.ts";
import { contractLocale } from "../../i18n/i18n.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { TextField } from "../../ui/text-field.tsx";
import { emailErrorKey } from "./email-field-error.ts";

const formSchema = z.object({ email: magicLinkRequestSchema.shape.email });
type FormValues = z.infer<typeof formSchema>;

interface SignInFormProps {
  redirectTo: string | undefined;
  onSent: (email: string) => void;
}

export function SignInForm({ redirectTo, onSent }: SignInFormProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { register, handleSubmit, formState, control } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { email: "" },
  });
  const send = useMutation({
    mutationFn: (email: string) => api.requestMagicLink({ email, redirectTo, locale: contractLocale(i18n.language) }),
    onSuccess: (_, email) => onSent(email),
  });
  const errorKey = emailErrorKey(formState.errors.email, useWatch({ control, name: "email" }));

  return (
    <form noValidate onSubmit={handleSubmit(({ email }) => send.mutate(email.trim()))} className="flex flex-col gap-4">
      <TextField
        label={t("auth.email.label")}
        type="email"
        autoComplete="email"
        inputMode="email"
        error={errorKey ? t(errorKey) : undefined}
        {...register("email", { setValueAs: (value: string) => value.trim() })}
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
