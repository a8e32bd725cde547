import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";

/**
 * A sensitive value hidden until the person asks (someone may be looking over their shoulder). The toggle is a
 * toggle button whose name stays the same (APG) while aria-pressed says whether the value is shown.
 */
export function MaskedValue({ value, fieldLabel }: { value: string; fieldLabel: string }) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState(false);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span data-masked={!revealed} translate={revealed ? "no" : undefined}>
        {revealed ? value : t("data.hiddenValue")}
      </span>
      <button
        type="button"
        aria-pressed={revealed}
        onClick={() => setRevealed((shown) => !shown)}
        className="min-h-11 rounded-md px-2 text-sm font-medium underline underline-offset-2"
      >
        {t("data.show")} <span className="sr-only">{fieldLabel}</span>
      </button>
    </span>
  );
}
