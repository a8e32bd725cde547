import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { Button } from "../../ui/button.tsx";
import { SelectField } from "../../ui/select-field.tsx";
import { TextField } from "../../ui/text-field.tsx";

const dayMs = 86_400_000;
const spans = { week: 7, month: 30, quarter: 91 } as const;
type Span = keyof typeof spans | "date";

/** Pausing ends at the end of the chosen day, so "until Friday" includes Friday. */
function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59`).toISOString();
}

/** Everything but service messages stops until the end date, then resumes by itself. */
export function PauseForm({ disabled, onPause }: { disabled: boolean; onPause: (until: string) => void }) {
  const { t } = useTranslation();
  const [span, setSpan] = useState<Span>("week");
  const [date, setDate] = useState("");
  const [missingDate, setMissingDate] = useState(false);
  const pause = () => {
    if (span !== "date") return onPause(new Date(Date.now() + spans[span] * dayMs).toISOString());
    if (!date || new Date(endOfDay(date)) <= new Date()) return setMissingDate(true);
    onPause(endOfDay(date));
  };
  return (
    <section aria-labelledby="pause-heading" className="flex flex-col gap-2">
      <h2 id="pause-heading" className="text-lg font-semibold">
        {t("preferences.pause.heading")}
      </h2>
      <div className="flex flex-col gap-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-700 dark:bg-zinc-900">
        <SelectField
          label={t("preferences.pause.for")}
          value={span}
          disabled={disabled}
          onChange={(event) => setSpan(event.target.value as Span)}
          options={(["week", "month", "quarter", "date"] as const).map((value) => ({
            value,
            label: t(`preferences.pause.span.${value}`),
          }))}
        />
        {span === "date" && (
          <TextField
            type="date"
            label={t("preferences.pause.until")}
            value={date}
            disabled={disabled}
            error={missingDate ? t("preferences.pause.untilMissing") : undefined}
            onChange={(event) => {
              setDate(event.target.value);
              setMissingDate(false);
            }}
          />
        )}
        <div>
          <Button variant="secondary" disabled={disabled} onClick={pause}>
            {t("preferences.pause.action")}
          </Button>
        </div>
      </div>
    </section>
  );
}
