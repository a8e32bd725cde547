import { useTranslation } from "../../i18n/use-translation.ts";
import type { DataItem } from "../../api/contract/data.ts";
import { retentionActionFor, upcomingRetention } from "../../api/rules/retention.ts";
import { useConfig } from "../../config/use-config.ts";
import { useDateFormat } from "../../i18n/format.ts";

const shownAhead = 5;

/** What the retention job will act on next, and when, by the same rule the job uses. */
export function RetentionNext({ items, now }: { items: DataItem[]; now: Date }) {
  const { t } = useTranslation();
  const config = useConfig();
  const format = useDateFormat();
  const next = upcomingRetention(items, now).slice(0, shownAhead);
  return (
    <section aria-labelledby="retention-next" className="flex flex-col gap-2">
      <h2 id="retention-next" className="text-xl font-semibold">
        {t("data.retentionNext.title")}
      </h2>
      {next.length === 0 ? (
        <p>{t("data.retentionNext.none")}</p>
      ) : (
        <>
          <p>{t("data.retentionNext.intro")}</p>
          <ul className="list-disc ps-6">
            {next.map((item) => (
              <li key={item.id}>
                {t(`data.retentionNext.${retentionActionFor(item, config.purposes)}`, {
                  field: t(`data.field.${item.field}`, { defaultValue: item.field }),
                  date: format.day(item.retention.endsAt ?? ""),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
