import { useForm } from "react-hook-form";
import { useTranslation } from "../../i18n/use-translation.ts";
import type { QuietHours } from "../../api/contract/preferences.ts";
import { Button } from "../../ui/button.tsx";
import { fieldErrorText, lazyCatalogKeyResolver } from "../../ui/form-errors.ts";
import { TextField } from "../../ui/text-field.tsx";

const quietHoursResolver = lazyCatalogKeyResolver(
  async () => (await import("../../api/contract/preferences.ts")).quietHoursSchema,
);

/** The reader's own zone by default: quiet hours are about their night, not the company's. */
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * "Not before 9:00, not after 20:00" for the channels that interrupt (text messages, WhatsApp, calls, app
 * notifications); email and post wait in an inbox anyway.
 */
export function QuietHoursForm({
  current,
  disabled,
  onSave,
}: {
  current: QuietHours | null;
  disabled: boolean;
  onSave: (quietHours: QuietHours | null) => void;
}) {
  const { t } = useTranslation();
  const { register, handleSubmit, formState } = useForm<QuietHours>({
    resolver: quietHoursResolver,
    defaultValues: current ?? { notBefore: "09:00", notAfter: "20:00", timeZone: browserTimeZone() },
  });
  return (
    <section aria-labelledby="quiet-hours-heading" className="flex flex-col gap-2">
      <h2 id="quiet-hours-heading" className="text-lg font-semibold">
        {t("preferences.quietHours.heading")}
      </h2>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {current ? t("preferences.quietHours.active", current) : t("preferences.quietHours.none")}
      </p>
      <form
        noValidate
        onSubmit={handleSubmit((values) => onSave(values))}
        className="flex flex-col gap-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-700 dark:bg-zinc-900"
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            type="time"
            label={t("preferences.quietHours.notBefore")}
            disabled={disabled}
            error={fieldErrorText(t, "preferences.quietHours", formState.errors.notBefore?.message)}
            {...register("notBefore")}
          />
          <TextField
            type="time"
            label={t("preferences.quietHours.notAfter")}
            disabled={disabled}
            error={fieldErrorText(t, "preferences.quietHours", formState.errors.notAfter?.message)}
            {...register("notAfter")}
          />
        </div>
        <TextField
          label={t("preferences.quietHours.timeZone")}
          hint={t("preferences.quietHours.timeZoneHint")}
          autoComplete="off"
          disabled={disabled}
          error={fieldErrorText(t, "preferences.quietHours", formState.errors.timeZone?.message)}
          {...register("timeZone")}
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={disabled}>
            {t("preferences.quietHours.save")}
          </Button>
          {current && (
            <Button variant="secondary" disabled={disabled} onClick={() => onSave(null)}>
              {t("preferences.quietHours.remove")}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
