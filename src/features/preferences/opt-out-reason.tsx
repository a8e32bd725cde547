import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { useApi } from "../../api/client/use-api.ts";
import { optOutReasons, type OptOutReason } from "../../api/contract/opt-out-reasons.ts";
import { Button } from "../../ui/button.tsx";

/** Asked once, after the fact, and never required: skipping it is as easy as not answering. */
export function OptOutReasonForm() {
  const { t } = useTranslation();
  const api = useApi();
  const [reason, setReason] = useState<OptOutReason | null>(null);
  const send = useMutation({ mutationFn: (chosen: OptOutReason) => api.sendOptOutFeedback({ reason: chosen }) });
  if (send.isSuccess) return <p className="text-sm">{t("preferences.whyStopped.thanks")}</p>;
  return (
    <form
      className="mt-3 flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (reason) send.mutate(reason);
      }}
    >
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">{t("preferences.whyStopped.question")}</legend>
        {optOutReasons.map((option) => (
          <label key={option} className="flex min-h-8 items-center gap-2">
            <input
              type="radio"
              name="opt-out-reason"
              value={option}
              checked={reason === option}
              onChange={() => setReason(option)}
              className="size-5"
            />
            {t(`preferences.whyStopped.reason.${option}`)}
          </label>
        ))}
      </fieldset>
      {send.isError && <p className="text-sm text-red-700 dark:text-red-400">{t("preferences.whyStopped.failed")}</p>}
      <div>
        <Button type="submit" variant="secondary" disabled={!reason || send.isPending}>
          {t("preferences.whyStopped.send")}
        </Button>
      </div>
    </form>
  );
}
