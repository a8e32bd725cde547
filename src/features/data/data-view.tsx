import { useSuspenseQuery } from "@tanstack/react-query";
import { Database } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { Link } from "react-router";
import { dataFamilies } from "../../api/contract/data-families.ts";
import { dataQuery, sessionQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { useConfig, useLocalizedText } from "../../config/use-config.ts";
import { buttonLookClass } from "../../ui/button.tsx";
import { EmptyState } from "../../ui/empty-state.tsx";
import { ExportActions } from "./export-actions.tsx";
import { FamilySection } from "./family-section.tsx";
import { RetentionNext } from "./retention-next.tsx";

/** What is held, grouped by family, with where it came from, why, on what basis, until when and who gets it. */
export function DataView() {
  const { t } = useTranslation();
  const config = useConfig();
  const text = useLocalizedText();
  const api = useApi();
  const data = useSuspenseQuery(dataQuery(api));
  const session = useSuspenseQuery(sessionQuery(api));
  const items = data.data.items;
  const [openedAt] = useState(() => new Date());

  if (items.length === 0)
    return (
      <EmptyState
        Icon={Database}
        title={t("data.empty.title")}
        body={
          <>
            <p>{t("data.empty.what")}</p>
            <p>{t("data.empty.why")}</p>
          </>
        }
        action={
          <>
            <Link className={buttonLookClass()} to="/requests/new?type=access">
              {t("data.empty.request")}
            </Link>
            <a className={buttonLookClass("secondary")} href={config.links.contact}>
              {t("data.empty.contact")}
            </a>
          </>
        }
      />
    );

  return (
    <div className="flex flex-col gap-6">
      {session.data && <ExportActions subject={session.data.subject} items={items} />}
      <RetentionNext items={items} now={openedAt} />
      {dataFamilies.map((family) => {
        const inFamily = items.filter((item) => item.family === family);
        if (inFamily.length === 0) return null;
        return (
          <FamilySection
            key={family}
            family={family}
            title={text(config.dataFamilies[family]) || t(`data.family.${family}`)}
            items={inFamily}
          />
        );
      })}
    </div>
  );
}
