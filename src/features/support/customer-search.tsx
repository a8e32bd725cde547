import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "../../i18n/use-translation.ts";
import { useApi } from "../../api/client/use-api.ts";
import { customerSearchSchema, type CustomerMatch, type CustomerSearch as Search } from "../../api/contract/support.ts";
import { isApiError } from "../../api/errors.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { catalogKeyResolver, fieldErrorText } from "../../ui/form-errors.ts";
import { TextField } from "../../ui/text-field.tsx";
import { marketLabel } from "./market-label.ts";

interface CustomerSearchProps {
  chosen: CustomerMatch | null;
  onChoose: (customer: CustomerMatch | null) => void;
}

/** One exact address or number in, the fewest details out: enough to confirm with the caller, no more. */
export function CustomerSearch({ chosen, onChoose }: CustomerSearchProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { register, handleSubmit, formState, setError } = useForm<Search>({
    resolver: catalogKeyResolver(customerSearchSchema),
    defaultValues: { query: "" },
  });
  const search = useMutation({
    mutationFn: (input: Search) => api.searchCustomers(input),
    onMutate: () => onChoose(null),
    onError: (error) => {
      // The server's refusal says what it needs (a whole address, or a number with its country code).
      if (isApiError(error, "validation") && error.fields.some((field) => field.path === "query"))
        setError("query", { type: "server", message: "support.search.query.exact" });
    },
  });

  return (
    <section aria-labelledby="support-search" className="flex flex-col gap-4">
      <h2 id="support-search" className="text-xl font-semibold">
        {t("support.search.title")}
      </h2>
      <form noValidate onSubmit={handleSubmit((input) => search.mutate(input))} className="flex flex-col gap-4">
        <TextField
          label={t("support.search.query.label")}
          hint={t("support.search.query.hint")}
          autoComplete="off"
          error={fieldErrorText(t, "support.search.query", formState.errors.query?.message)}
          {...register("query")}
        />
        <Button type="submit" disabled={search.isPending} className="self-start">
          {search.isPending ? t("support.search.searching") : t("support.search.submit")}
        </Button>
      </form>
      {search.isError && !isApiError(search.error, "validation") && (
        <Alert tone="error">{t("support.search.failed")}</Alert>
      )}
      {search.isSuccess && (
        <div aria-live="polite">
          {search.data.length === 0 ? (
            <p>{t("support.search.none")}</p>
          ) : (
            <ul className="flex flex-col gap-3" aria-label={t("support.search.results")}>
              {search.data.map((match) => (
                <li
                  key={match.customerId}
                  className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-700 dark:bg-zinc-900"
                >
                  <div>
                    <p className="font-medium">{match.name}</p>
                    <p className="text-sm text-zinc-600 dark:text-zinc-300">
                      {match.maskedEmail} · {marketLabel(t, match.jurisdiction)}
                    </p>
                  </div>
                  <Button
                    variant="secondary"
                    aria-pressed={chosen?.customerId === match.customerId}
                    onClick={() => onChoose(match)}
                  >
                    {t("support.search.choose", { name: match.name })}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
