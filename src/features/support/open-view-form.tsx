import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "../../i18n/use-translation.ts";
import { useNavigate } from "react-router";
import { z } from "zod/mini";
import { clearChangeReason } from "../../api/client/change-reason.ts";
import { sessionQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { openSupportViewSchema, type CustomerMatch } from "../../api/contract/support.ts";
import { isApiError } from "../../api/errors.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { catalogKeyResolver, fieldErrorText, setServerFieldErrors } from "../../ui/form-errors.ts";
import { TextField } from "../../ui/text-field.tsx";
import { marketLabel } from "./market-label.ts";

const formSchema = z.pick(openSupportViewSchema, { reason: true, ticket: true });
type FormValues = z.infer<typeof formSchema>;
type Mode = "read_only" | "act";

/** Why the agent opens this customer (the customer will read it) and, for a lead, whether to act or only look. */
export function OpenViewForm({ customer, mayAct }: { customer: CustomerMatch; mayAct: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { register, handleSubmit, formState, setError, setFocus } = useForm<FormValues>({
    resolver: catalogKeyResolver(formSchema),
    defaultValues: { reason: "", ticket: "" },
  });
  // Choosing a customer leads straight to why: keyboard and screen-reader users land on the reason.
  useEffect(() => setFocus("reason"), [setFocus]);
  const open = useMutation({
    mutationFn: ({ mode, ...values }: FormValues & { mode: Mode }) =>
      api.openSupportView({ customerId: customer.customerId, mode, ...values }),
    onSuccess: (session) => {
      // Nothing of a previous view may show in this one.
      queryClient.clear();
      clearChangeReason();
      queryClient.setQueryData(sessionQuery(api).queryKey, session);
      void navigate("/overview");
    },
    onError: (error) => {
      if (isApiError(error, "validation")) setServerFieldErrors(error, setError, ["reason", "ticket"]);
    },
  });
  const submit = (mode: Mode) => handleSubmit((values) => open.mutate({ ...values, mode }));

  return (
    <section aria-labelledby="support-open" className="flex flex-col gap-4">
      <h2 id="support-open" className="text-xl font-semibold">
        {t("support.open.title", { name: customer.name })}
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-300">
        {customer.maskedEmail} · {marketLabel(t, customer.jurisdiction)}
      </p>
      <form noValidate onSubmit={submit("read_only")} className="flex flex-col gap-4">
        <TextField
          label={t("support.open.reason.label")}
          hint={t("support.open.reason.hint")}
          autoComplete="off"
          error={fieldErrorText(t, "support.open.reason", formState.errors.reason?.message)}
          {...register("reason")}
        />
        <TextField
          label={t("support.open.ticket.label")}
          autoComplete="off"
          error={fieldErrorText(t, "support.open.ticket", formState.errors.ticket?.message)}
          {...register("ticket")}
        />
        {open.isError && !isApiError(open.error, "validation") && (
          <Alert tone="error">
            {isApiError(open.error, "forbidden") ? t("support.open.actNeedsLead") : t("support.open.failed")}
          </Alert>
        )}
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={open.isPending}>
            {t("support.open.readOnly")}
          </Button>
          {mayAct && (
            <Button variant="secondary" disabled={open.isPending} onClick={() => void submit("act")()}>
              {t("support.open.act")}
            </Button>
          )}
        </div>
        {!mayAct && <p className="text-sm text-zinc-600 dark:text-zinc-300">{t("support.open.viewOnlyRole")}</p>}
      </form>
    </section>
  );
}
