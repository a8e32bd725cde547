import { useForm } from "react-hook-form";
import { useTranslation } from "../../i18n/use-translation.ts";
import { useNavigate } from "react-router";
import { z } from "zod/mini";
import { newPrivacyRequestSchema, type RequestType } from "../../api/contract/requests.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { catalogKeyResolver } from "../../ui/form-errors.ts";
import { TextareaField } from "../../ui/textarea-field.tsx";
import { useKeptDraft } from "../../ui/use-kept-draft.ts";
import { putServerErrorsOnFields } from "./server-field-errors.ts";
import { useFileRequest } from "./use-file-request.ts";

const formSchema = z.object({ details: newPrivacyRequestSchema.shape.details });
type FormValues = z.input<typeof formSchema>;

/** A copy of everything, a restriction or an objection: what it means, and anything the person wants to add. */
export function SimpleRequestForm({ type }: { type: Exclude<RequestType, "correction" | "deletion"> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const file = useFileRequest();
  const form = useForm<FormValues>({
    resolver: catalogKeyResolver(formSchema),
    defaultValues: { details: "" },
  });
  const { register, handleSubmit, formState, setError } = form;
  const draft = useKeptDraft(form, `request.${type}`);
  const submit = handleSubmit((values) =>
    file.mutate(
      { type, scope: type === "access" ? ["all"] : [], details: values.details ?? "" },
      {
        onSuccess: (request) => {
          draft.clear();
          void navigate(`/requests/${request.id}`);
        },
        onError: (error) => putServerErrorsOnFields(error, "", setError),
      },
    ),
  );
  const error = formState.errors.details?.message;
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <p>{t(`requests.explain.${type}`)}</p>
      <TextareaField
        label={t("requests.form.details")}
        hint={t("requests.form.detailsHint")}
        maxLength={2000}
        error={error ? t(error) : undefined}
        {...register("details")}
      />
      {file.isError && formState.errors.details === undefined && (
        <Alert tone="error">{t("requests.form.failed")}</Alert>
      )}
      <Button type="submit" className="self-start" disabled={file.isPending}>
        {t("requests.form.submit")}
      </Button>
    </form>
  );
}
