import { useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { useNavigate } from "react-router";
import type { DataItem } from "../../api/contract/data.ts";
import { dataFamilies } from "../../api/contract/data-families.ts";
import { sessionQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { isApiError } from "../../api/errors.ts";
import { needsFreshSignIn } from "../../api/rules/step-up.ts";
import { useConfig, useLocalizedText } from "../../config/use-config.ts";
import { useDateFormat } from "../../i18n/format.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { deletionPlan, deletionScope, type DeletionChoice } from "./deletion-plan.ts";
import { StepUpNotice } from "./step-up-notice.tsx";
import { useFileRequest } from "./use-file-request.ts";

const checkbox = "size-5 accent-current";
const toggle = (list: string[], value: string) =>
  list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value];

/** The whole account or chosen families and items; what goes, what the law keeps and until when, then one action. */
export function DeletionForm({ items }: { items: DataItem[] }) {
  const { t } = useTranslation();
  const config = useConfig();
  const text = useLocalizedText();
  const format = useDateFormat();
  const navigate = useNavigate();
  const session = useSuspenseQuery(sessionQuery(useApi())).data;
  const file = useFileRequest();
  // When the page opened; the server checks again at the moment of the request.
  const [openedAt] = useState(() => new Date());
  const [everything, setEverything] = useState(true);
  const [families, setFamilies] = useState<string[]>([]);
  const [itemIds, setItemIds] = useState<string[]>([]);
  const choice: DeletionChoice = everything ? { everything } : { everything, families, itemIds };
  const plan = deletionPlan(items, choice);
  const purposeLabel = (id: string) => text(config.purposes.find((purpose) => purpose.id === id)?.label) || id;
  const fieldLabel = (item: DataItem) => t(`data.field.${item.field}`, { defaultValue: item.field });
  const stale =
    (session !== null && needsFreshSignIn(session, openedAt)) || isApiError(file.error, "reauthentication_required");
  const nothingChosen = plan.erased.length + plan.kept.length === 0;

  return (
    <div className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 font-semibold">{t("requests.deletion.what")}</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" name="deletion-scope" checked={everything} onChange={() => setEverything(true)} />
          {t("requests.deletion.everything")}
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" name="deletion-scope" checked={!everything} onChange={() => setEverything(false)} />
          {t("requests.deletion.chosen")}
        </label>
      </fieldset>
      {!everything &&
        dataFamilies.map((family) => {
          const inFamily = items.filter((item) => item.family === family);
          if (inFamily.length === 0) return null;
          const familyLabel = text(config.dataFamilies[family]) || t(`data.family.${family}`);
          const wholeFamily = families.includes(family);
          return (
            <fieldset key={family} className="flex flex-col gap-1 rounded-md border border-zinc-300 p-3">
              <legend className="px-1 font-medium">{familyLabel}</legend>
              <label className="flex min-h-11 items-center gap-2 font-medium">
                <input
                  type="checkbox"
                  className={checkbox}
                  checked={wholeFamily}
                  onChange={() => setFamilies((list) => toggle(list, family))}
                />
                {t("requests.deletion.wholeFamily", { family: familyLabel })}
              </label>
              {inFamily.map((item) => (
                <label key={item.id} className="flex min-h-11 items-center gap-2 ps-6">
                  <input
                    type="checkbox"
                    className={checkbox}
                    disabled={wholeFamily}
                    checked={wholeFamily || itemIds.includes(item.id)}
                    onChange={() => setItemIds((list) => toggle(list, item.id))}
                  />
                  {fieldLabel(item)}
                </label>
              ))}
            </fieldset>
          );
        })}
      <section aria-labelledby="deletion-plan" className="flex flex-col gap-2">
        <h3 id="deletion-plan" className="text-lg font-semibold">
          {t("requests.deletion.planTitle")}
        </h3>
        <p>{t("requests.deletion.erased", { count: plan.erased.length })}</p>
        {everything && <p>{t("requests.deletion.accountCloses")}</p>}
        {plan.stoppingPurposeIds.length > 0 && (
          <p>{t("requests.deletion.stops", { purposes: plan.stoppingPurposeIds.map(purposeLabel).join(", ") })}</p>
        )}
        {plan.kept.length > 0 && (
          <>
            <p>{t("requests.deletion.keptIntro")}</p>
            <ul className="list-disc ps-6">
              {plan.kept.map((item) => (
                <li key={item.id}>
                  {item.retention.endsAt
                    ? t("requests.deletion.keptUntil", {
                        field: fieldLabel(item),
                        date: format.day(item.retention.endsAt),
                      })
                    : t("requests.deletion.keptWhileRequired", { field: fieldLabel(item) })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {stale && session ? (
        <StepUpNotice email={session.subject.email} />
      ) : (
        <Button
          className="self-start bg-red-800! text-white!"
          disabled={nothingChosen || file.isPending}
          onClick={() =>
            file.mutate(
              { type: "deletion", scope: deletionScope(choice) },
              { onSuccess: (request) => navigate(`/requests/${request.id}`) },
            )
          }
        >
          {everything ? t("requests.deletion.submitAll") : t("requests.deletion.submitChosen")}
        </Button>
      )}
      {file.isError && !isApiError(file.error, "reauthentication_required") && (
        <Alert tone="error">{t("requests.form.failed")}</Alert>
      )}
    </div>
  );
}
