import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import type { DataItem } from "../../api/contract/data.ts";
import { Button } from "../../ui/button.tsx";
import { DataItemEntry } from "./data-item-entry.tsx";

/** Enough to read at once; a customer with thousands of events gets them a page at a time, never all at once. */
export const itemsPerPage = 50;

export function FamilySection({ family, title, items }: { family: string; title: string; items: DataItem[] }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(itemsPerPage);
  const headingId = `family-${family}`;
  const left = items.length - shown;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h2 id={headingId} className="text-xl font-semibold">
        {title}
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-300">{t("data.itemCount", { count: items.length })}</p>
      <ul className="flex flex-col gap-3">
        {items.slice(0, shown).map((item) => (
          <DataItemEntry
            key={item.id}
            item={item}
            label={t(`data.field.${item.field}`, { defaultValue: item.field })}
          />
        ))}
      </ul>
      {left > 0 && (
        <Button variant="secondary" className="self-start" onClick={() => setShown((count) => count + itemsPerPage)}>
          {t("data.showMore", { count: Math.min(left, itemsPerPage), left })}
        </Button>
      )}
    </section>
  );
}
