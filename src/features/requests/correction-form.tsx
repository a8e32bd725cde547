import { useForm, type Resolver } from "react-hook-form";
import { useTranslation } from "../../i18n/use-translation.ts";
import { useNavigate } from "react-router";
import { correctionFormSchema } from "../../api/contract/corrections.ts";
import type { DataItem } from "../../api/contract/data.ts";
import { correctionKindOf } from "../../api/rules/corrections.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { catalogKeyResolver } from "../../ui/form-errors.ts";
import { TextareaField } from "../../ui/textarea-field.tsx";
import { useKeptDraft } from "../../ui/use-kept-draft.ts";
import { CorrectionInputs, emptyProposed, type CorrectionFormValues } from "./correction-inputs.tsx";
import { putServerErrorsOnFields } from "./server-field-errors.ts";
import { useFileRequest } from "./use-file-request.ts";

/** What the item says now, what it should say (typed for its kind, checked by the same schema as the server). */
export function CorrectionForm({ item }: { item: DataItem }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const file = useFileRequest();
  const kind = correctionKindOf(item.field);
  const form = useForm<CorrectionFormValues>({
    // One schema per kind; the form's values are the union of their shapes.
    resolver: catalogKeyResolver(correctionFormSchema(kind)) as unknown as Resolver<CorrectionFormValues>,
    defaultValues: { proposed: emptyProposed(kind), note: "" },
  });
  const draft = useKeptDraft(form, `correction.${item.id}`);
  const fieldLabel = t(`data.field.${item.field}`, { defaultValue: item.field });
  const submit = form.handleSubmit((values) =>
    file.mutate(
      { type: "correction", correction: { itemId: item.id, proposed: values.proposed, note: values.note } },
      {
        onSuccess: (request) => {
          draft.clear();
          void navigate(`/requests/${request.id}`);
        },
        onError: (error) => putServerErrorsOnFields(error, "correction.", form.setError),
      },
    ),
  );
  const noteError = form.formState.errors.note?.message;
  const placedOnField = Object.keys(form.formState.errors).length > 0;

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <dl className="grid gap-x-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t("requests.correction.field")}</dt>
        <dd>{fieldLabel}</dd>
        <dt className="font-medium">{t("requests.correction.current")}</dt>
        <dd className="break-words">{item.masked ? t("data.hiddenValue") : item.value}</dd>
      </dl>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 font-semibold">{t("requests.correction.proposed")}</legend>
        <CorrectionInputs kind={kind} form={form} fieldLabel={fieldLabel} />
      </fieldset>
      <TextareaField
        label={t("requests.correction.note")}
        maxLength={1000}
        error={noteError ? t(noteError) : undefined}
        {...form.register("note")}
      />
      {file.isError && !placedOnField && <Alert tone="error">{t("requests.form.failed")}</Alert>}
      <Button type="submit" className="self-start" disabled={file.isPending}>
        {t("requests.correction.submit")}
      </Button>
    </form>
  );
}
