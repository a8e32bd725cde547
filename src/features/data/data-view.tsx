import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { dataFamilySchema } from "../../api/contract/data.ts";
import { dataQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { useConfig, useLocalizedText } from "../../config/use-config.ts";
import { useDateFormat } from "../../i18n/format.ts";

/** Read-only for now: what is held, grouped by family, with where it came from and why it is kept. */
export function DataView() {
  const { t } = useTranslation();
  const config = useConfig();
  const text = useLocalizedText();
  const format = useDateFormat();
  const data = useSuspenseQuery(dataQuery(useApi()));
  const familyLabel = (family: string) =>
    text(config.dataFamilies[dataFamilySchema.parse(family)]) || t(`data.family.${family}`);

  return dataFamilySchema.options.map((family) => {
    const items = data.data.items.filter((item) => item.family === family);
    if (items.length === 0) return null;
    return (
      <section key={family} aria-labelledby={`family-${family}`} className="flex flex-col gap-2">
        <h2 id={`family-${family}`} className="text-xl font-semibold">
          {familyLabel(family)}
        </h2>
        <dl className="grid gap-x-4 gap-y-3 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-[minmax(8rem,max-content)_1fr] dark:border-zinc-700 dark:bg-zinc-900">
          {items.map((item) => (
            <div key={item.id} className="contents">
              <dt className="font-medium">{t(`data.field.${item.field}`, { defaultValue: item.field })}</dt>
              <dd>
                <span translate="no">{item.value}</span>
                <span className="block text-sm text-zinc-600 dark:text-zinc-300">
                  {t("data.provenance", {
                    source: t(`data.source.${item.source}`),
                    date: format.day(item.collectedAt),
                  })}
                  {" · "}
                  {t(`legalBasis.${item.legalBasis}`)}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      </section>
    );
  });
}
